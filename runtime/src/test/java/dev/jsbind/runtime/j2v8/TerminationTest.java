package dev.jsbind.runtime.j2v8;

import static org.junit.jupiter.api.Assertions.*;

import dev.jsbind.runtime.JsOptions;
import dev.jsbind.runtime.JsRuntime;
import dev.jsbind.runtime.JsTimeoutException;
import dev.jsbind.runtime.fixtures.Probe;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runaway scripts are stopped by the time limit, and a late termination never kills the next script. */
class TerminationTest {
  private static final long LIMIT = 100;
  private JsRuntime js;

  @BeforeEach
  void create() {
    js = JsRuntime.create(JsOptions.defaults().timeLimitMillis(LIMIT));
    js.install(Probe.class);
  }

  @AfterEach
  void close() {
    assertEquals(0, ((J2v8Runtime) js).openHandleCount());
    js.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "while (true) {}",
      "for (;;) { try { throw 1 } catch (e) {} }",
      "try { throw 1 } catch (e) { while (true) {} }",
      "try { } finally { while (true) {} }",
      "var o = {get x() { while (true) {} }}; o.x",
      "new Probe().sleep(10); while (true) {}",
      "(function f() { try { while (true) {} } finally { f() } })()",
  })
  void runawayScriptsStopSoonAfterTheLimit(String script) {
    long start = System.nanoTime();
    JsTimeoutException e = assertThrows(JsTimeoutException.class, () -> js.exec(script));
    long millis = (System.nanoTime() - start) / 1_000_000;
    // Without termination these never end; the margin only absorbs a loaded machine (typically < 50 ms).
    assertTrue(millis < LIMIT + 2000, "took " + millis + " ms");
    assertEquals("TimeoutError", e.getName());
    assertEquals(2, js.eval("1 + 1"), "the next script runs");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Promise.resolve().then(function () { while (true) {} })",
      "Promise.resolve().then(function () {}).then(function () { while (true) {} })",
      "new Promise(function (resolve) { resolve() }).then(function () { for (;;) { try { throw 1 } catch (e) {} } })",
      "Promise.reject(1).catch(function () { while (true) {} }); 5",
  })
  void aTimeLimitThatFiresInAPromiseReactionIsATimeout(String script) {
    assertThrows(JsTimeoutException.class, () -> js.exec(script));
    assertThrows(JsTimeoutException.class, () -> js.eval(script));
    assertThrows(JsTimeoutException.class, () -> js.evalPromise(script));
    assertEquals(2, js.eval("1 + 1"), "the next script runs");
  }

  @Test
  void aJavaCallbackIsNotInterruptedButTheScriptStopsWhenItReturns() {
    long start = System.nanoTime();
    assertThrows(JsTimeoutException.class, () -> js.exec("new Probe().sleep(300); while (true) {}"));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis >= 300 && millis < 300 + 2000, "took " + millis + " ms");
  }

  @Test
  void scriptsWithinTheLimitAreUntouched() {
    assertEquals(499500, js.eval("var s = 0; for (var i = 0; i < 1000; i++) s += i; s"));
  }

  @Test
  void aTerminationThatLandsLateNeverKillsTheNextScript() {
    int races = Integer.getInteger("jsbind.terminationRaces", 2000);
    try (JsRuntime tight = JsRuntime.create(JsOptions.defaults().timeLimitMillis(1))) {
      Random random = new Random(42);
      int timedOut = 0;
      for (int i = 0; i < races; i++) {
        // Busy loops of 0 to 2 ms against a 1 ms limit: the terminate lands before, during and after.
        int micros = random.nextInt(2000);
        try {
          tight.exec("var t = Date.now() + " + micros / 1000.0 + "; while (Date.now() < t) {}");
        } catch (JsTimeoutException e) {
          timedOut++;
        }
        assertEquals(2, innocent(tight), "race " + i);
      }
      System.out.println("termination races: " + races + ", timed out: " + timedOut);
      assertTrue(timedOut > 0 && timedOut < races, "the races must go both ways: " + timedOut);
    }
  }

  /**
   * Runs a trivial script. With a 1 ms limit it may overrun legitimately (a JsTimeoutException:
   * try again); a stale termination would kill it with a different exception and fail the test.
   */
  private static Object innocent(JsRuntime runtime) {
    while (true) {
      try {
        return runtime.eval("1 + 1");
      } catch (JsTimeoutException overran) {
        // its own budget, not a stale termination
      }
    }
  }
}
