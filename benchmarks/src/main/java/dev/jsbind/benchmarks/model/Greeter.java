package dev.jsbind.benchmarks.model;

import dev.jsbind.annotations.JsExposed;

/** W2: {@code greeter.greet(s)}, String → String. */
@JsExposed
public final class Greeter {
  public String greet(String name) {
    return "Hello, " + name;
  }
}
