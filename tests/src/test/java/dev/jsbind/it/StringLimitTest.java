package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jsbind.runtime.JsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Java string longer than V8's longest (2^28 − 16 characters on V8 5.4) is a RangeError where
 * it would reach a script, never the {@code undefined} J2V8 makes of it.
 */
class StringLimitTest extends V8TestSupport {
  private static final int MAX = (1 << 28) - 16;
  private static final String TOO_LONG = "RangeError: the result is a string of " + (MAX + 1)
      + " characters, longer than the longest JavaScript string (" + MAX + ")";

  @BeforeEach
  void installLongStrings() {
    js.install(LongStrings.class);
  }

  @Test
  void theLongestStringCrosses() {
    assertEquals(MAX, js.eval("LongStrings.string(" + MAX + ").length"));
  }

  @Test
  void aLongerResultIsARangeErrorInTheScript() {
    assertEquals(TOO_LONG, errorOf("LongStrings.string(" + (MAX + 1) + ")"));
  }

  @Test
  void uncaughtItIsAJsExceptionInJava() {
    JsException e = assertThrows(JsException.class, () -> js.eval("LongStrings.string(" + (MAX + 1) + ")"));
    assertEquals("RangeError", e.getName());
  }

  @Test
  void copiedStringsMustFitTogether() {
    int each = MAX / 2 + 1;
    assertEquals("RangeError: the strings of the result add up to " + 2 * each
        + " characters, more than the longest JavaScript string (" + MAX + ")",
        errorOf("LongStrings.pair(" + each + ")"));
  }

  @Test
  void aScriptFunctionIsNeverCalledWithATooLongString() {
    assertEquals("refused: RangeError: the value is a string of " + (MAX + 1)
        + " characters, longer than the longest JavaScript string (" + MAX + ")",
        js.eval("var seen = 'never called'; LongStrings.handTo(function (s) { seen = typeof s; }, " + (MAX + 1) + ")"));
    assertEquals("never called", js.eval("seen"));
  }

  @Test
  void aTooLongFinalFieldIsARangeErrorWhenRead() {
    assertEquals("RangeError: the result is a string of " + (MAX + 1)
        + " characters, longer than the longest JavaScript string (" + MAX + ")",
        errorOf("held = LongStrings.holding(" + (MAX + 1) + "); held.text"));
    assertEquals(true, js.eval("held instanceof LongStrings"));
  }

  @Test
  void aTooLongScriptIsRefused() {
    JsException e = assertThrows(JsException.class, () -> js.eval("1" + LongStrings.of(MAX)));
    assertEquals("RangeError", e.getName());
    assertEquals(2, js.eval("1 + 1"));
  }
}
