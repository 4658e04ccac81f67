package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsbind.runtime.JsRuntime;
import dev.jsbind.runtime.j2v8.J2v8Runtime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

/**
 * The mechanical guard for "the glue performs no lookup, call or coercion a script can intercept":
 * a script replaces every configurable property, accessor and method of every intrinsic object
 * reachable from the global object (constructors, prototypes, %TypedArray%, ArrayBuffer, iterator
 * and generator prototypes, Promise, Symbol-keyed hooks; poisoned-realm.js) with a trap that
 * records being touched, before or after the bindings are installed; then the scenarios of
 * poisoned-scenarios.js run (every parameter and result kind, copies, functions, promises,
 * iterables, errors, final fields, constructors, statics, accessors, wrappers' toJSON). The glue must touch no trap,
 * and every result must equal the result in an unpoisoned runtime.
 */
class PoisonedRealmTest {
  /** At least this many traps must be installed: a poisoning that silently did little proves nothing. */
  private static final int MIN_TRAPS = 1000;
  private static final int MIN_SCENARIOS = 120;

  private static String resource(String name) {
    try (InputStream in = PoisonedRealmTest.class.getResourceAsStream(name)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      for (int n; (n = in.read(chunk)) > 0; ) {
        bytes.write(chunk, 0, n);
      }
      return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void resetFixtures() {
    Callbacks.reset();
    Inventory.stock = new HashMap<String, Integer>();
    Limits.reset();
    Holder.shared = null;
    Account.methodCalls = 0;
  }

  private static void install(JsRuntime js) {
    js.install(Counter.class);
    js.install(Types.class);
    js.install(Inventory.class);
    js.install(Callbacks.class);
    js.install(Results.class);
    js.install(Holder.class);
    js.install(Shape.class);
    js.install(Circle.class);
    js.install(Limits.class);
    js.install(Roster.class);
    js.install(Flexible.class);
    js.install(Sized.class);
    js.install(Tagged.class);
    js.install(Account.class);
    js.install(Savings.class);
    js.install(Rated.class);
    js.install(Faulty.class);
    js.install(Loop.class);
    js.install(Custom.class);
    js.install(CustomChild.class);
  }

  /** The scenarios' results, one line each, in the order they were recorded. */
  private static String runScenarios(JsRuntime js) {
    Object failed = js.eval("(function () { try { __t(function () {\n" + resource("poisoned-scenarios.js")
        + "\n}); return ''; } catch (e) { return String(e) + ' ' + String(e.stack); } })()");
    assertEquals("", failed, "the scenarios failed");
    // Promise reactions ran after the script above returned.
    return (String) js.eval("__t(function () { return __count + ' scenarios\\n' + __out.join('\\n'); })");
  }

  private static String unpoisonedResults() {
    resetFixtures();
    JsRuntime js = JsRuntime.create();
    try {
      install(js);
      js.exec("var __t = function (f) { return f(); }, __g = __t, __mine = function (f) { return f; };");
      return runScenarios(js);
    } finally {
      js.close();
    }
  }

  /** [traps installed, objects poisoned, results, touches]. */
  private static String[] poisonedRun(boolean beforeInstall) {
    resetFixtures();
    JsRuntime js = JsRuntime.create();
    try {
      if (!beforeInstall) {
        install(js);
      }
      js.exec(resource("poisoned-realm.js"));
      if (beforeInstall) {
        install(js);
      }
      String results = runScenarios(js);
      // The last promise a script handed over ("await glue promise") reached Java with its value.
      assertEquals(Integer.valueOf(8), Callbacks.fromScript.getNow(null));
      // From Java: a wrapper handed to scripts, and scripts whose value is a promise or a thenable
      // (followed by the glue outside any script, so only the glue can touch a trap here).
      js.set("handed", new Counter(11));
      assertEquals(11, js.eval("__t(function () { return __g(function () { return handed.value; }); })"));
      assertEquals(5, await(js.evalPromise("__t(function () { return Callbacks.done(5); })")));
      assertEquals(6, await(js.evalPromise("__t(function () { return Promise.resolve(6); })")));
      assertEquals("t", await(js.evalPromise("__t(function () { return {then: __mine(function (r) { r('t'); })}; })")));
      String[] run = {
          String.valueOf(js.eval("__t(function () { return __poison.installed(); })")),
          String.valueOf(js.eval("__t(function () { return __poison.objects(); })")),
          results,
          (String) js.eval("__t(function () { return __poison.report().join('\\n'); })")
      };
      assertEquals(0, ((J2v8Runtime) js).openHandleCount(), "J2V8 handles left open");
      return run;
    } finally {
      js.close();
    }
  }

  private static Object await(java.util.concurrent.CompletableFuture<Object> future) {
    try {
      return future.get(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static void check(boolean beforeInstall) {
    String expected = unpoisonedResults();
    String[] run = poisonedRun(beforeInstall);
    int traps = Integer.parseInt(run[0]);
    int scenarios = Integer.parseInt(expected.substring(0, expected.indexOf(' ')));
    System.out.println("PoisonedRealmTest (" + (beforeInstall ? "poisoned before install" : "poisoned after install")
        + "): " + traps + " traps on " + run[1] + " intrinsic objects, " + scenarios + " scenarios, touches: "
        + (run[3].isEmpty() ? "none" : run[3].replace('\n', ';')));
    if (beforeInstall) {
      System.out.println(expected); // what the scenarios give, for a reader of the test's output
    }
    assertTrue(traps >= MIN_TRAPS, "only " + traps + " traps installed");
    assertTrue(scenarios >= MIN_SCENARIOS, "only " + scenarios + " scenarios ran");
    assertEquals("", run[3], "traps the glue touched");
    assertEquals(expected, run[2]);
  }

  @Test
  void theGlueTouchesNoIntrinsicPoisonedBeforeInstall() {
    check(true);
  }

  @Test
  void theGlueTouchesNoIntrinsicPoisonedAfterInstall() {
    check(false);
  }
}
