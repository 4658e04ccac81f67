package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;

@JsExposed
public class Square extends Shape {
  private final double side;

  public Square(double side) {
    this.side = side;
  }

  @Override
  public double area() {
    return side * side;
  }
}
