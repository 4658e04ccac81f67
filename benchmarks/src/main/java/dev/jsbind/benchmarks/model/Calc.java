package dev.jsbind.benchmarks.model;

import dev.jsbind.annotations.JsExposed;

/** W1: {@code calc.add(i, 1)}, int,int → int. */
@JsExposed
public final class Calc {
  public int add(int a, int b) {
    return a + b;
  }
}
