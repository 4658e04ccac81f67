package dev.jsbind.benchmarks;

import dev.jsbind.benchmarks.systems.JsSystem;

/** Runs every workload once per system with small loops and checks the results: {@code Smoke [system…]}. */
public final class Smoke {
  private Smoke() {}

  public static void main(String[] args) {
    for (String id : args) {
      try (JsSystem js = JsSystem.named(id)) {
        js.open();
        StringBuilder line = new StringBuilder(id).append(": ").append(js.engineVersion());
        for (int w = 1; w <= 8; w++) {
          if (!js.supports(w)) {
            line.append(" | W").append(w).append(" n/a");
            continue;
          }
          int n = w == 8 ? 1 : w == 7 ? 20 : 3000;
          long start = System.nanoTime();
          int got = js.call("w" + w, n);
          long ns = System.nanoTime() - start;
          Integer expected = Expected.of(w, n);
          if (expected != null && got != expected) {
            throw new IllegalStateException(id + ": w" + w + " returned " + got + ", expected " + expected);
          }
          js.checkHandles();
          line.append(" | W").append(w).append(' ').append(ns / n).append(" ns (").append(got).append(')');
        }
        System.out.println(line);
      }
    }
  }
}
