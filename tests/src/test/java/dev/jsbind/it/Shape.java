package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsProperty;

/** An exposed abstract base class: no JS constructor, but its members work on every subclass. */
@JsExposed
public abstract class Shape {
  public abstract double area();

  @JsProperty
  public String getKind() {
    return getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
  }

  public String describe() {
    return getKind() + " of area " + area();
  }

  public boolean biggerThan(Shape other) {
    return area() > other.area();
  }

  public static Shape unit() {
    return new Circle.Unit();
  }
}
