package dev.jsbind.it;

import dev.jsbind.runtime.JsRuntime;
import java.util.Arrays;

/**
 * What the quick timing harnesses ({@link FinalFieldTiming}, {@link SlotClearingTiming}) share:
 * a script loop timed several times after two warm-up runs. Not a benchmark suite (that is JMH in
 * {@code benchmarks/}); a way to compare two builds on one machine in a minute.
 */
final class ScriptTiming {
  private ScriptTiming() {}

  /** Runs the script function {@code function(n)} {@code runs} times; its times per iteration, sorted. */
  static double[] time(JsRuntime js, String function, int n, int runs) {
    js.eval(function + "(" + n + ")"); // warm up
    js.eval(function + "(" + n + ")");
    double[] times = new double[runs];
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      js.eval(function + "(" + n + ")");
      times[r] = (System.nanoTime() - start) / (double) n;
    }
    Arrays.sort(times);
    return times;
  }
}
