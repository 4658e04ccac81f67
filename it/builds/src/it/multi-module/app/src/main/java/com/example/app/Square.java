package com.example.app;

import com.example.shapes.Shape;
import dev.jsbind.annotations.JsExposed;

/** The application's own shape, on the library's base class. */
@JsExposed
public final class Square extends Shape {
  private final double side;

  public Square(double side) {
    this.side = side;
  }

  @Override
  public double area() {
    return side * side;
  }
}
