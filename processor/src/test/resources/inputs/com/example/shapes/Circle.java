package com.example.shapes;

import dev.jsbind.annotations.JsExposed;

/** Exposed superclass: only Circle's own members are in its binding. */
@JsExposed
public final class Circle extends Shape {
  private final double radius;

  /**
   * A circle of this size.
   *
   * @param radius the radius
   */
  public Circle(double radius) {
    this.radius = radius;
  }

  /** The unit circle. */
  public Circle() {
    this(1);
  }

  /** A copy of {@code other} (overloads by the kind of argument 1 with {@code Circle(double)}). */
  public Circle(Circle other) {
    this(other.radius);
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
