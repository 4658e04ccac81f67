package dev.jsbind.it;

import dev.jsbind.runtime.JsRuntime;

/**
 * A quick timing harness for issue 6's final-field reads (not a test: surefire skips it, and it
 * asserts nothing). Each figure is the fastest and the median of several runs of a JavaScript
 * loop, in ns per iteration, loop overhead included; on a shared machine the fastest is the steadier. Run after {@code mvn -o -pl processor,tests -am verify}:
 * {@code java -cp runtime/target/classes:tests/target/test-classes:<J2V8 jar> dev.jsbind.it.FinalFieldTiming}.
 */
public final class FinalFieldTiming {
  private static final int N = 200_000;
  private static final int RUNS = 15;

  private FinalFieldTiming() {}

  public static void main(String[] args) {
    try (JsRuntime js = JsRuntime.create()) {
      js.install(Reading.class);
      js.install(Circle.class);
      js.install(Counter.class);
      js.set("rd", new Reading(3, "three"));
      js.exec("var items = []; for (var i = 0; i < 1024; i++) items.push(new Circle(i));\n"
          + "function loop(n) { var s = 0; for (var i = 0; i < n; i++) s = (s + (i & 1)) | 0; return s; }\n"
          + "function finalRead(n) { var s = 0; for (var i = 0; i < n; i++) s = (s + rd.count) | 0; return s; }\n"
          + "function finalString(n) { var s = 0; for (var i = 0; i < n; i++) s = (s + rd.label.length) | 0; return s; }\n"
          + "function getterRead(n) { var s = 0; for (var i = 0; i < n; i++) s = (s + rd.mutable) | 0; return s; }\n"
          + "function w3(n) { var s = 0; for (var i = 0; i < n; i++) s = (s + new Circle(i).radius) | 0; return s; }\n"
          + "function w4(n) { var s = 0; for (var i = 0; i < n; i++) s = (s + items[i & 1023].radius) | 0; return s; }\n"
          + "function newWithFinalString(n) { var s = 0; for (var i = 0; i < n; i++) s = (s + new Counter(i).value) | 0; return s; }\n"
          + "function newWithFinals(n) { var s = 0; for (var i = 0; i < n; i++) s = (s + new Reading(i, 'x').mutable) | 0; return s; }\n"
          + "function newWithFinalsRead(n) { var s = 0; for (var i = 0; i < n; i++) s = (s + new Reading(i, 'x').count) | 0; return s; }\n");
      for (String name : new String[] {"loop", "finalRead", "finalString", "getterRead", "w3", "w4",
          "newWithFinalString", "newWithFinals", "newWithFinalsRead"}) {
        double[] runs = ScriptTiming.time(js, name, name.startsWith("new") || name.equals("w3") ? N / 10 : N, RUNS);
        System.out.printf("%-20s min %8.1f  median %8.1f ns/op%n", name, runs[0], runs[RUNS / 2]);
      }
    }
  }
}
