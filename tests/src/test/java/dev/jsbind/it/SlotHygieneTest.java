package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jsbind.runtime.JsOptions;
import dev.jsbind.runtime.JsRuntime;
import dev.jsbind.runtime.JsTimeoutException;
import dev.jsbind.runtime.j2v8.J2v8Runtime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, guard for class 2 ("data outliving its call"): after every kind of call, every slot and
 * frame word shared by the glue and Java is empty again ({@link J2v8Runtime#boundaryLeftovers}).
 * Each scenario runs as its own top-level script and must leave nothing; the scenarios pass
 * recognisable strings ("secret…") so that a leftover says where it came from.
 */
class SlotHygieneTest extends V8TestSupport {
  /** Scenario name → a script; a script that throws on purpose catches its own error. */
  private static final Map<String, String> SCENARIOS = new LinkedHashMap<String, String>();

  private static void scenario(String name, String script) {
    SCENARIOS.put(name, "try { " + script + "; } catch (e) { if (!(e instanceof Error)) throw e; }");
  }

  static {
    scenario("static method with a string", "Reentry.echo('secret-static')");
    scenario("method with every kind of argument", "new Types().describe(5, 'secret-describe', 'GREEN', new Types())");
    scenario("boxed and char arguments", "var t = new Types(); t.echoBoxedInt(42); t.echoBoxedDouble(null);"
        + " t.echoChar('s'); t.echoBoxedChar('z'); t.echoColor('RED'); t.echoLong(-5)");
    scenario("a refused argument", "Reentry.echo(42)");
    scenario("a refused second argument", "new Types().describe(5, 'secret-refused', 'NOT A COLOR', null)");
    scenario("constructor", "new Counter(12345)");
    scenario("constructor with a final string field", "new Reading(7, 'secret-final')");
    scenario("a final-field wrapper made by a static", "Reading.of(3)");
    scenario("accessors", "var c = new Counter(3); c.value; var t = new Types(); t.text = 'secret-setter'; t.text");
    scenario("a refused setter value", "new Types().text = 7");
    scenario("rest arguments", "Flexible.join('-', true, 'secret-rest-1', 'secret-rest-2')");
    scenario("refused rest arguments", "Flexible.join('-', true, 'secret-rest-ok', 5)");
    scenario("rest exposed objects", "Flexible.counters(new Counter(1), new Counter(2))");
    scenario("copied arguments and results", "Inventory.lengths(['secret-copied', 'b']); Inventory.upper(['secret-up']);"
        + " Inventory.sorted(new Set(['secret-set']))");
    scenario("refused copied argument", "Inventory.lengths(['secret-bad-copy', 5])");
    scenario("callback into a script", "Callbacks.map(function (x) { return 'secret-callback-' + x; }, 4)");
    scenario("callback with a string argument", "Callbacks.test(function (s) { return s.length > 3; }, 'secret-pred')");
    scenario("callback returning an exposed object", "Callbacks.supply(function () { return new Counter(9); })");
    scenario("callback returning an enum", "Callbacks.pick(function (s) { return 'BLUE'; }, 'secret-pick')");
    scenario("script error in a callback",
        "Callbacks.map(function (x) { throw new Error('secret-script-error'); }, 1)");
    scenario("script error caught by Java", "Callbacks.tryCall(function (x) { throw new TypeError('secret-caught'); })");
    scenario("refused callback result", "Callbacks.map(function (x) { return 7; }, 1)");
    scenario("Java error", "Callbacks.failing()('secret-java-error')");
    scenario("Java function called by a script", "Callbacks.repeat()('secret-repeat', 2); Callbacks.adder(3)(4)");
    scenario("Java function calling back", "Callbacks.callsBack()(function (s) { return s; })");
    scenario("combined prototype", "Reentry.echo('secret-before-combine'); Tagged.both(1, 'secret-combined')");
    scenario("combined prototype for a callback's argument",
        "Reentry.relay(function (s, t) { return s + t.tag(); }, 'secret-relay', 3)");
    scenario("nested calls", "Reentry.lazyStrings(function (i) { return Reentry.echo('secret-nested-' + i)"
        + " + Reentry.lazy(function (j) { return Reentry.echo('x').length + j; }, 2).join(); }, 3)");
    scenario("nested error", "Reentry.lazyStrings(function (i) { return Reentry.echo(i); }, 2)");
    scenario("promise from Java", "Callbacks.done(5).then(function (v) { return v; })");
    scenario("promise to Java", "Callbacks.await(Promise.resolve(6))");
    scenario("toJSON of wrappers", "JSON.stringify([new Counter(2), Tagged.both(2, 'secret-json-both')])");
    scenario("a refused toJSON receiver", "Reading.prototype.toJSON.call(Tagged.both(2, 'secret-json-refused'))");
    scenario("a toJSON whose getter throws", "JSON.stringify(new Reading(2, 'secret-json-huge'))" /* huge: a RangeError */);
    scenario("iterables", "Callbacks.walk(function (it) { for (var x of it) { Reentry.echo('secret-walk-' + x); } })");
  }

  @BeforeEach
  void installFixtures() {
    js.install(Reentry.class);
    js.install(Tagged.class);
    js.install(Sized.class);
    js.install(Callbacks.class);
    js.install(Reading.class);
    js.install(Flexible.class);
    js.install(Inventory.class);
    Callbacks.reset();
  }

  private String leftovers() {
    return ((J2v8Runtime) js).boundaryLeftovers();
  }

  @Test
  void everyKindOfCallLeavesTheSlotsEmpty() {
    assertEquals("", leftovers(), "a new runtime");
    List<String> dirty = new ArrayList<String>();
    for (Map.Entry<String, String> scenario : SCENARIOS.entrySet()) {
      js.exec(scenario.getValue());
      String left = leftovers();
      if (!left.isEmpty()) {
        dirty.add(scenario.getKey() + ": " + left);
      }
    }
    System.out.println("SlotHygieneTest: " + SCENARIOS.size() + " kinds of call, " + dirty.size() + " left values");
    assertEquals("", String.join("\n", dirty));
  }

  @Test
  void aScriptTerminatedInsideACallLeavesNothing() {
    JsRuntime limited = JsRuntime.create(JsOptions.defaults().timeLimitMillis(200));
    try {
      limited.install(Reentry.class);
      limited.install(Tagged.class);
      // Terminated while the outer call's arguments are in the slots: its glue never clears them.
      assertThrows(JsTimeoutException.class, () -> limited.exec(
          "Reentry.relay(function (s, t) { while (true) {} }, 'secret-terminated', 3)"));
      assertEquals("", ((J2v8Runtime) limited).boundaryLeftovers());
      assertEquals("ok", limited.eval("'ok'"));
    } finally {
      limited.close();
    }
  }
}
