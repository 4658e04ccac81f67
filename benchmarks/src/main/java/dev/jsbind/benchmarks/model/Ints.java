package dev.jsbind.benchmarks.model;

import dev.jsbind.annotations.JsExposed;

/**
 * W7: 1,000 ints in and out. jsbind copies the array through its value tape (docs/VALUES.md); the
 * peers adapt this class their own way.
 */
@JsExposed
public final class Ints {
  public Ints() {}

  public int[] doubled(int[] values) {
    int[] out = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i] * 2;
    }
    return out;
  }
}
