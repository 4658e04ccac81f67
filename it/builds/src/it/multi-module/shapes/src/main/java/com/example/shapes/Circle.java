package com.example.shapes;

import dev.jsbind.annotations.JsExposed;

@JsExposed
public final class Circle extends Shape {
  private final double radius;

  public Circle(double radius) {
    this.radius = radius;
  }

  @Override
  public double area() {
    return Math.PI * radius * radius;
  }

  public double radius() {
    return radius;
  }
}
