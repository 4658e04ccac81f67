package com.example.shapes;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsProperty;

/** A shape with an area; applications add their own kinds. */
@JsExposed
public abstract class Shape {
  private Style style = Style.SOLID;

  /** The area, in square units. */
  public abstract double area();

  /** How the outline is drawn. */
  @JsProperty
  public Style getStyle() {
    return style;
  }

  @JsProperty
  public void setStyle(Style style) {
    if (style == null) {
      throw new IllegalArgumentException("a shape needs a style");
    }
    this.style = style;
  }
}
