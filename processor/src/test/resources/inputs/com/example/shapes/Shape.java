package com.example.shapes;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsIgnore;

/** Abstract, so it gets no JavaScript constructor; inherits from a generic, non-exposed class. */
@JsExposed
public abstract class Shape extends Named<String> implements Measurable {
  public Shape() {}

  @JsIgnore
  @Override
  public String label() {
    return "";
  }

  public abstract Shape scaled(double factor);
}
