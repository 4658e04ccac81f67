package dev.jsbind.benchmarks.model;

/**
 * W7: 1,000 ints in and out. Not {@code @JsExposed}: jsbind 0.1 has no arrays, so only the peers
 * run W7 (they adapt this plain class their own way).
 */
public final class Ints {
  public int[] doubled(int[] values) {
    int[] out = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i] * 2;
    }
    return out;
  }
}
