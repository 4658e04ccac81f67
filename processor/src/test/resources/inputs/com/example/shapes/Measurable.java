package com.example.shapes;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsProperty;

/** An exposed interface: its members are on every wrapper whose Java object implements it. */
@JsExposed
public interface Measurable {
  /** The unit areas are in. */
  String UNIT = "m2";

  double area();

  /** Twice the area. */
  default double doubled() {
    return 2 * area();
  }

  @JsProperty
  default boolean isEmpty() {
    return area() == 0;
  }

  static double total(Measurable first, Measurable second) {
    return first.area() + second.area();
  }
}
