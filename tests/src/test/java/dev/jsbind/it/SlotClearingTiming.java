package dev.jsbind.it;

import dev.jsbind.runtime.JsRuntime;

/**
 * A quick timing harness for issue 11's slot clearing (not a test: surefire skips it, and it
 * asserts nothing): loops shaped like PERFORMANCE.md's W1–W4 with this module's classes, plus a
 * string argument and rest arguments, whose glue now empties the slots each call used. Fastest
 * and median of several runs, ns per iteration, loop overhead included. Run after
 * {@code mvn -o -pl tests -am verify}:
 * {@code java -cp runtime/target/classes:tests/target/test-classes:<J2V8 jar> dev.jsbind.it.SlotClearingTiming}.
 */
public final class SlotClearingTiming {
  private static final int N = 200_000;
  private static final int RUNS = 15;

  private SlotClearingTiming() {}

  public static void main(String[] args) {
    try (JsRuntime js = JsRuntime.create()) {
      js.install(Counter.class);
      js.install(Reentry.class);
      js.install(Circle.class);
      js.install(Flexible.class);
      js.exec("var c = new Counter(0); var names = ['ann', 'bob', 'cy', 'dee', 'eve', 'fay', 'gus', 'hal'];\n"
          + "var items = []; for (var i = 0; i < 1024; i++) items.push(new Circle(i));\n"
          + "function w1(n) { var s = 0; for (var i = 0; i < n; i++) s = (s + c.addAll(i & 7, 1)) | 0; return s; }\n"
          + "function w2(n) { var s = 0; for (var i = 0; i < n; i++) s += Reentry.echo(names[i & 7]).length; return s; }\n"
          + "function w3(n) { var s = 0; for (var i = 0; i < n; i++) { var p = new Counter(i); s = (s + p.value) | 0; } return s; }\n"
          + "function w4(n) { var s = 0; for (var i = 0; i < n; i++) s = (s + items[i & 1023].area()) | 0; return s; }\n"
          + "function rest(n) { var s = 0; for (var i = 0; i < n; i++) s = (s + Flexible.sum(i & 7, 1, 2)) | 0; return s; }\n");
      for (String name : new String[] {"w1", "w2", "w3", "w4", "rest"}) {
        double[] runs = ScriptTiming.time(js, name, name.equals("w3") ? N / 10 : N, RUNS);
        System.out.printf("%-6s min %8.1f  median %8.1f ns/op%n", name, runs[0], runs[RUNS / 2]);
      }
    }
  }
}
