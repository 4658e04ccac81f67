package dev.jsbind.benchmarks.model;

import dev.jsbind.annotations.JsExposed;

/** W5: a call that throws, caught in JavaScript. */
@JsExposed
public final class Thrower {
  public int fail(int value) {
    throw new IllegalArgumentException("no " + value);
  }
}
