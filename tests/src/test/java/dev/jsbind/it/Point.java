package dev.jsbind.it;

import dev.jsbind.annotations.JsValue;

/** A value built with its all-fields constructor, which also validates. */
@JsValue
public final class Point {
  public final int x;
  public final int y;

  public Point(int x, int y) {
    if (x < 0 || y < 0) {
      throw new IllegalArgumentException("a Point has no negative coordinates: " + x + ", " + y);
    }
    this.x = x;
    this.y = y;
  }

  @Override
  public String toString() {
    return "(" + x + ", " + y + ")";
  }
}
