package com.example.shapes;

import dev.jsbind.annotations.JsExposed;

/** Exposed superclass: only Circle's own members are in its binding. */
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

  @Override
  public Circle scaled(double factor) {
    return new Circle(radius * factor);
  }

  public double radius() {
    return radius;
  }
}
