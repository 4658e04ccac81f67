package com.example.app;

import com.example.shapes.Shape;
import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsProperty;
import java.util.ArrayList;
import java.util.List;

/** The shapes a script draws. */
@JsExposed
public class Drawing {
  private final List<Shape> shapes = new ArrayList<Shape>();

  public Drawing() {}

  /** Adds a shape of any kind, from the library or the application. */
  public void add(Shape shape) {
    shapes.add(shape);
  }

  /** The shape with the largest area, or null when there is none. */
  public Shape largest() {
    Shape largest = null;
    for (Shape shape : shapes) {
      if (largest == null || shape.area() > largest.area()) {
        largest = shape;
      }
    }
    return largest;
  }

  @JsProperty
  public int getCount() {
    return shapes.size();
  }
}
