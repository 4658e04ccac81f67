package dev.jsbind.benchmarks.model;

import dev.jsbind.annotations.JsExposed;

/** W3: {@code new Point(x, y)} then {@code p.getX()} (a method, not a property). */
@JsExposed
public final class Point {
  private final int x;
  private final int y;

  public Point(int x, int y) {
    this.x = x;
    this.y = y;
  }

  public int getX() {
    return x;
  }

  public int getY() {
    return y;
  }
}
