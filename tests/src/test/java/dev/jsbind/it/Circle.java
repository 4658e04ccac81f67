package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsProperty;

@JsExposed
public class Circle extends Shape {
  private final double radius;

  public Circle(double radius) {
    this.radius = radius;
  }

  @JsProperty
  public double getRadius() {
    return radius;
  }

  @Override
  public double area() {
    return Math.PI * radius * radius;
  }

  @Override
  public String describe() {
    return "circle r=" + radius;
  }

  /** Not exposed: wrapped as its nearest exposed class, Circle. */
  public static final class Unit extends Circle {
    public Unit() {
      super(1);
    }
  }

  /** Two levels of non-exposed subclasses: each must find Circle, whichever is wrapped first. */
  public static class Ring extends Circle {
    public Ring(double radius) {
      super(radius);
    }
  }

  public static final class ThinRing extends Ring {
    public ThinRing() {
      super(3);
    }
  }
}
