package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jsbind.runtime.JsException;
import dev.jsbind.runtime.j2v8.J2v8Runtime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Numbers, booleans, chars (boxed or not) and void come back from Java in the shared frame, not as
 * a J2V8 result: exact values, null as null, failures as the same errors as before, results of
 * nested calls kept apart, and no handle left open.
 */
class FrameResultsTest extends V8TestSupport {
  private static final String LONG_TOO_BIG = "RangeError: the long %d cannot cross as a JavaScript number exactly"
      + " (|n| must be <= 2^53-1)";

  @BeforeEach
  void makeResults() {
    Results.total = 0;
    js.install(Results.class);
    js.exec("var res = new Results();"); // not `r`: outcome() declares its own
  }

  @Test
  void eachKindComesBackExactly() {
    assertEquals("ok", outcome("res.plus(2147483647, -1)", "2147483646"));
    assertEquals("ok", outcome("res.plus(-2147483647, -1)", "-2147483648"));
    assertEquals("ok", outcome("res.isEven(4)", "true"));
    assertEquals("ok", outcome("res.isEven(3)", "false"));
    assertEquals("ok", outcome("res.unit(97)", "'a'"));
    assertEquals("ok", outcome("res.unit(0)", "'\\u0000'"));
    assertEquals("ok", outcome("res.unit(0xD83D)", "'\\uD83D'"));
    assertEquals("ok", outcome("res.unit(0xFFFF)", "'\\uFFFF'"));
    assertEquals("ok", outcome("res.narrow(0.1)", "Math.fround(0.1)"));
    assertEquals("ok", outcome("res.narrow(-0)", "-0"));
    assertEquals("ok", outcome("res.narrow(1e300)", "Infinity"));
    assertEquals("ok", outcome("res.narrow(NaN)", "NaN"));
    assertEquals("ok", outcome("res.times(9007199254740991, 1)", "9007199254740991"));
    assertEquals("ok", outcome("res.times(-3000000000, 3000)", "-9000000000000"));
    assertEquals("ok", outcome("Results.scaled(-0.5)", "-0.75"));
  }

  @Test
  void nullComesOutAsNullNotAsZeroOrTheLastValue() {
    assertEquals("ok", outcome("JSON.stringify([res.orNull(7), res.orNull(-1), res.orNull(0), res.orNull(-1)])", "'[7,null,0,null]'"));
    assertEquals("ok", outcome("JSON.stringify([res.charOrNull(65), res.charOrNull(-1), res.charOrNull(0)])", "'[\"A\",null,\"\\\\u0000\"]'"));
    assertEquals("ok", outcome("JSON.stringify([res.flagOrNull(1), res.flagOrNull(-1), res.flagOrNull(0)])", "'[true,null,false]'"));
  }

  @Test
  void longsBeyondTwoToThe53StayRangeErrors() {
    assertEquals(String.format(LONG_TOO_BIG, 2 * 9007199254740991L), errorOf("res.times(9007199254740991, 2)"));
    assertEquals(String.format(LONG_TOO_BIG, -9007199254740992L), errorOf("res.times(-4503599627370496, 2)"));
    Results.total = Long.MAX_VALUE;
    assertEquals(String.format(LONG_TOO_BIG, Long.MAX_VALUE), errorOf("Results.total"));
    assertEquals("ok", outcome("(Results.total = -9007199254740991, Results.total)", "-9007199254740991"));
  }

  @Test
  void failingMembersThrowTheErrorsTheyAlwaysDid() {
    assertEquals("TypeError: bad input", errorOf("res.failInt('bad input')"));
    assertEquals("Error: broken", errorOf("res.failVoid('broken')"));
    assertEquals("RangeError: ratio -1.0 is negative", errorOf("res.ratio = -1"));
    assertEquals("Error: nothing to subtract", errorOf("res.subtracter()(5, 0)"));
    assertEquals("ok", outcome("(function () { try { res.failInt('x'); } catch (e) { return e instanceof TypeError"
        + " && e.stack.indexOf('Results.failInt') > 0; } })()", "true"));
    assertEquals("ok", outcome("(function () { try { res.failInt('x'); } catch (e) {} return res.plus(1, 2); })()", "3"));
  }

  @Test
  void anUncaughtFailureReachesJavaWithItsCause() {
    JsException fromInt = assertThrows(JsException.class, () -> js.eval("res.failInt('uncaught')"));
    assertEquals("TypeError", fromInt.getName());
    assertInstanceOf(IllegalArgumentException.class, fromInt.getCause());
    JsException fromVoid = assertThrows(JsException.class, () -> js.eval("res.failVoid('uncaught')"));
    assertEquals("Error", fromVoid.getName());
    assertInstanceOf(IllegalStateException.class, fromVoid.getCause());
  }

  @Test
  void accessorsStaticsAndJavaFunctionsAnswerThroughTheFrame() {
    assertEquals("ok", outcome("(res.count = 41, res.count + 1)", "42"));
    assertEquals("ok", outcome("(res.ratio = 0.25, res.ratio)", "0.25"));
    assertEquals("ok", outcome("(Results.total = 12, Results.total * 2)", "24"));
    assertEquals("ok", outcome("res.subtracter()(10, 4)", "6"));
    assertEquals(12L, Results.total);
    assertEquals(41, ((Results) js.eval("res")).count);
  }

  @Test
  void aNestedCallNeverReplacesTheResultOfTheCallAroundIt() {
    assertEquals("ok", outcome("res.around(function () { return res.plus(2, 3); })", "1005"));
    js.exec("function nest(n) { return n === 0 ? res.plus(0, 0) : res.around(function () { return nest(n - 1); }); }");
    assertEquals("ok", outcome("nest(20)", "20000"));
    assertEquals("ok", outcome("res.nullAfter(function () { res.plus(4, 5); })", "null"));
    assertEquals("ok", outcome("res.charAfter(function () { res.unit(66); res.orNull(-1); }, 67)", "'C'"));
    assertEquals("ok", outcome("res.around(function () { res.orNull(-1); return res.unit(68).charCodeAt(0); })", "1068"));
  }

  @Test
  void aCaughtFailureInsideAPassingCallDoesNotFailIt() {
    assertEquals("ok", outcome("(res.voidAfter(function () { try { res.failInt('inner'); } catch (e) {} }), res.count)", "1"));
    assertEquals("ok", outcome("res.around(function () { try { res.failVoid('inner'); } catch (e) {} return 1; })", "1001"));
  }

  @Test
  void aFailureAfterAPassingInnerCallIsTheOuterOnes() {
    assertEquals("Error: failed after the inner call", errorOf("res.failAfter(function () { return res.plus(1, 1); })"));
    assertEquals("TypeError: from inside", errorOf("res.around(function () { return res.failInt('from inside'); })"));
  }

  @Test
  void patchedIntrinsicsDoNotChangeResults() {
    js.exec("String.fromCharCode = function () { return 'patched'; };"
        + "[1, 2].forEach(function (k) { Object.defineProperty(Object.prototype, k, {get: function () { return 99; },"
        + " set: function () {}, configurable: true}); });");
    assertEquals("ok", outcome("res.unit(120)", "'x'"));
    assertEquals("ok", outcome("res.plus(1, 1)", "2"));
    assertEquals("ok", outcome("res.orNull(-1)", "null"));
    assertEquals("TypeError: still an error", errorOf("res.failInt('still an error')"));
  }

  @Test
  void manyCallsAndFailuresLeaveNoHandleOpen() {
    int calls = 20_000;
    int expected = 0;
    for (int i = 0; i < calls; i++) {
      expected += (i + 1) + (i % 2 == 0 ? 1 : 0) + 1 + 1;
    }
    assertEquals(expected, js.eval("var s = 0; for (var i = 0; i < " + calls + "; i++) {"
        + " s += res.plus(i, 1) + (res.isEven(i) ? 1 : 0) + res.unit(65 + i % 26).length; res.count = i;"
        + " try { res.failInt('x'); } catch (e) { s++; } } s"));
    assertEquals(0, ((J2v8Runtime) js).openHandleCount());
  }
}
