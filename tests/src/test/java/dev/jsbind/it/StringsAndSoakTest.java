package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.*;

import dev.jsbind.runtime.JsRuntime;
import dev.jsbind.runtime.j2v8.J2v8Runtime;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reliability suites 11 and 12: strings that cross exactly, and soak runs that leak nothing. */
class StringsAndSoakTest extends V8TestSupport {

  @Test
  void awkwardStringsRoundTripExactlyBothWays() {
    String[] strings = {
        "", "\u0000", "nul\u0000inside", "\uD800", "\uDC00", "x\uD800y", "\uDBFF\uDFFF", "\uD83D\uDE00 emoji",
        "\uFFFF\uFFFE", "tab\tnewline\nquote\"backslash\\", "\u2028\u2029",
    };
    for (String s : strings) {
      js.set("s", s);
      assertEquals(s, js.eval("s"), "Java → JS → Java");
      assertEquals(s, js.eval("new Types().echoString(s)"), "through an exposed method");
      assertEquals(true, js.eval("new Types().echoString(s) === s"));
    }
  }

  @Test
  void veryLongStringsRoundTrip() {
    StringBuilder big = new StringBuilder(10 * 1024 * 1024);
    while (big.length() < 10 * 1024 * 1024) {
      big.append("\uD83D\uDE00abc\u0000\uD800");
    }
    String s = big.toString();
    js.set("big", s);
    assertEquals(true, js.eval("new Types().echoString(big) === big && big.length === " + s.length()));
    assertEquals(s, js.eval("new Types().echoString(big)"));
  }

  @Test
  void mixedSuccessAndFailureCallsLeakNoHandle() {
    int perMember = Integer.getInteger("jsbind.soakCalls", 10_000);
    js.install(Circle.class);
    String report = (String) js.eval("var t = new Types(), c = new Counter(0), k = new Circle(1), n = 0, errors = 0;"
        + "var calls = [function (i) { return t.echoInt(i % 3 === 0 ? 0.5 : i) }, function (i) { return t.echoString(i % 2 ? 's' : 1) },"
        + " function (i) { return t.echoTypes(i % 2 ? t : {}) }, function (i) { return t.echoColor(i % 2 ? 'RED' : 'PINK') },"
        + " function (i) { return c.add(i % 5 === 0 ? 'x' : 1) }, function (i) { return Counter.zero() },"
        + " function (i) { return t.maxLong() }, function (i) { return k.describe() }, function (i) { return t.text = i % 2 ? 'a' : 3 },"
        + " function (i) { return new Counter(i % 2 ? 1 : 1.5) }, function (i) { return t.echoLong(i % 2 ? i : 2e16) }];"
        + "calls.forEach(function (f) { for (var i = 0; i < " + perMember + "; i++) { n++; try { f(i) } catch (e) { errors++ } } });"
        + "n + ' calls, ' + errors + ' failed'");
    System.out.println("soak: " + report);
    assertEquals(0, ((J2v8Runtime) js).openHandleCount());
  }

  @Test
  void runtimeCyclesLeakNoHandlesAndReportMemoryDrift() throws Exception {
    int cycles = Integer.getInteger("jsbind.runtimeCycles", 200);
    long before = residentKib();
    for (int i = 0; i < cycles; i++) {
      try (JsRuntime cycle = JsRuntime.create()) {
        cycle.install(Counter.class);
        cycle.set("shared", new Counter(i));
        assertEquals(i + 1, cycle.eval("new Counter(1).add(shared.add(0))"));
        assertEquals(0, ((J2v8Runtime) cycle).openHandleCount());
      } // close() throws if a handle leaked
    }
    long after = residentKib();
    System.out.println("runtime cycles: " + cycles + ", resident memory " + before + " KiB -> " + after + " KiB ("
        + (after - before) / Math.max(1, cycles) + " KiB per cycle)");
  }

  private static long residentKib() throws Exception {
    List<String> status = Files.readAllLines(Paths.get("/proc/self/status"));
    for (String line : status) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }
}
