package dev.jsbind.benchmarks.model;

import dev.jsbind.annotations.JsExposed;

/** W8: the Java call made once per record of the parsed document. */
@JsExposed
public final class Scorer {
  public int score(String name, int quantity) {
    return name.length() * 31 + quantity;
  }
}
