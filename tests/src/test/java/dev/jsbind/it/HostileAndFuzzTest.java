package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reliability suites 2 and 3: hostile objects everywhere, and a seeded fuzz of random calls.
 * Any JVM crash fails the surefire run. Longer fuzz: {@code -Djsbind.fuzzCalls=10000000}.
 */
class HostileAndFuzzTest extends V8TestSupport {
  @BeforeEach
  void loadPool() {
    js.install(Circle.class);
    js.install(Square.class);
    js.install(Shape.class);
    js.exec(Scripts.load("values.js"));
  }

  @Test
  void hostileReceiversAndArgumentsOnlyEverGiveErrors() {
    String report = (String) js.eval(Scripts.load("hostile.js"));
    System.out.println("hostile: " + report);
    assertTrue(report.endsWith("\"failures\":[]}"), report);
  }

  @Test
  void seededFuzzKeepsJavaStateConsistent() {
    int calls = Integer.getInteger("jsbind.fuzzCalls", 1_000_000);
    for (int seed : new int[] {20261125}) {
      js.exec("var fuzz = " + Scripts.load("fuzz.js"));
      String report = (String) js.eval("fuzz(" + seed + ", " + calls + ")");
      System.out.println("fuzz seed " + seed + ": " + report);
      assertTrue(report.contains("\"failures\":[]"), report);
      for (int i = 0; i < 8; i++) {
        Counter counter = (Counter) js.eval("globalThis_counters[" + i + "]");
        int model = ((Number) js.eval("JSON.parse('" + report + "').expected[" + i + "]")).intValue();
        assertEquals(model, counter.getValue(), "Java state of counter " + i);
      }
    }
  }
}
