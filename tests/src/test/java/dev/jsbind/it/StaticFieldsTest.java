package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsbind.runtime.JsRuntime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Public static fields are properties of the constructor; constants are plain JavaScript values. */
class StaticFieldsTest extends V8TestSupport {
  private static final String INT = "an int (an integer from -2147483648 to 2147483647)";

  @BeforeEach
  void installLimits() {
    Limits.reset();
    js.install(Limits.class);
  }

  @Test
  void constantsAreReadOnlyDataPropertiesWithTheirExactValues() {
    for (String name : new String[] {"MAX", "SMALL", "BIG", "HALF", "NOT_A_NUMBER", "NEGATIVE_INFINITY",
        "NEGATIVE_ZERO", "TINY", "THIRD", "SEPARATOR", "NAME", "STRICT"}) {
      assertEquals("ok", outcome("(function () { var d = Object.getOwnPropertyDescriptor(Limits, '" + name + "');"
          + " return 'value' in d && d.get === undefined && !d.writable && !d.configurable; })()", "true"), name);
    }
    assertEquals("ok", outcome("Limits.MAX", "3"));
    assertEquals("ok", outcome("Limits.SMALL", "-128"));
    assertEquals("ok", outcome("Limits.BIG", "9007199254740991"));
    assertEquals("ok", outcome("Limits.HALF", "0.5"));
    assertEquals("ok", outcome("Limits.NOT_A_NUMBER", "NaN"));
    assertEquals("ok", outcome("Limits.NEGATIVE_INFINITY", "-Infinity"));
    assertEquals("ok", outcome("Limits.NEGATIVE_ZERO", "-0"));
    assertEquals("ok", outcome("Limits.TINY", "5e-324"));
    assertEquals("ok", outcome("Limits.THIRD", "Math.fround(1 / 3)"));
    assertEquals("ok", outcome("Limits.SEPARATOR", "'/'"));
    assertEquals("ok", outcome("Limits.NAME", "'limits \"quoted\" \\u2028 \\\\ </script>'"));
    assertEquals("ok", outcome("Limits.STRICT", "true"));
    assertEquals(Limits.NAME, js.eval("Limits.NAME"));
  }

  @Test
  void constantsCannotBeChanged() {
    assertTrue(errorOf("'use strict'; Limits.MAX = 4").startsWith("TypeError: Cannot assign to read only property 'MAX'"));
    assertEquals("ok", outcome("(function () { Limits.MAX = 4; delete Limits.MAX; return Limits.MAX; })()", "3"));
    assertTrue(errorOf("Object.defineProperty(Limits, 'MAX', {value: 4})").startsWith("TypeError: Cannot redefine property: MAX"));
  }

  @Test
  void constantsIgnoreWhatScriptsDidToPrototypesBeforeTheClassWasBuilt() {
    try (JsRuntime fresh = JsRuntime.create()) {
      fresh.exec("Object.defineProperty(Function.prototype, 'MAX', {get: function () { return 666; },"
          + " set: function (v) {}, configurable: true});"
          + "Object.prototype.get = function () { return 666; };"
          + "Object.prototype.writable = true; Object.prototype.configurable = true;");
      fresh.install(Limits.class);
      assertEquals(true, fresh.eval("var d = Object.getOwnPropertyDescriptor(Limits, 'MAX');"
          + " Limits.MAX === 3 && d.value === 3 && !d.hasOwnProperty('get') && !d.writable && !d.configurable"));
    }
  }

  @Test
  void otherFinalFieldsAreReadOnlyAccessorsReadThroughJava() {
    assertEquals("ok", outcome("typeof Object.getOwnPropertyDescriptor(Limits, 'DEFAULT_COLOR').get", "'function'"));
    assertEquals("ok", outcome("Limits.DEFAULT_COLOR", "'RED'"));
    assertEquals("ok", outcome("Limits.BOXED", "7"));
    assertEquals("TypeError: Limits.DEFAULT_COLOR is read-only", errorOf("Limits.DEFAULT_COLOR = 'BLUE'"));
    assertEquals("TypeError: Limits.BOXED is read-only", errorOf("Limits.BOXED = 8"));
    assertEquals("RangeError: the long 9223372036854775807 cannot cross as a JavaScript number exactly"
        + " (|n| must be <= 2^53-1)", errorOf("Limits.TOO_BIG"));
  }

  @Test
  void writableFieldsAreReadAndWrittenThroughJava() {
    js.exec("Limits.count = 41;");
    assertEquals(41, Limits.count);
    Limits.count++;
    assertEquals("ok", outcome("Limits.count", "42"));
    js.exec("Limits.label = 'set by a script'; Limits.color = 'BLUE';");
    assertEquals("set by a script", Limits.label);
    assertEquals(Color.BLUE, Limits.color);
    js.exec("Limits.label = null; Limits.color = null;");
    assertNull(Limits.label);
    assertNull(Limits.color);
    js.exec("Limits.shared = new Counter(7);");
    assertEquals("ok", outcome("Limits.shared === Limits.shared && Limits.shared.value", "7"));
    assertSame(Limits.shared, js.eval("Limits.shared"));
    js.exec("Limits.renamed = 2;");
    assertEquals(2, Limits.hits);
  }

  @Test
  void writesAreCheckedLikeArguments() {
    assertEquals("TypeError: Limits.count: the value must be " + INT + ", got 1.5", errorOf("Limits.count = 1.5"));
    assertEquals("RangeError: Limits.count: the value must be " + INT + ", got 2147483648",
        errorOf("Limits.count = 2147483648"));
    assertEquals("TypeError: Limits.label: the value must be a string or null, got 5", errorOf("Limits.label = 5"));
    assertEquals("TypeError: Limits.color: the value must be one of 'RED', 'GREEN', 'BLUE' or null, got \"PINK\"",
        errorOf("Limits.color = 'PINK'"));
    assertEquals("TypeError: Limits.shared: the value must be a Counter, got null", errorOf("Limits.shared = null"));
    assertEquals("TypeError: Limits.shared: the value must be a Counter, got an object", errorOf("Limits.shared = {}"));
    assertEquals(0, Limits.count);
    assertEquals("start", Limits.label);
  }

  @Test
  void onlyPublicNonIgnoredFieldsAreExposedAndTheConstructorStaysFrozen() {
    assertEquals("ok", outcome("['hits', 'hidden', 'packagePrivate'].some(function (n) { return n in Limits; })", "false"));
    assertEquals("ok", outcome("Object.isFrozen(Limits)", "true"));
    assertEquals("ok", outcome("typeof Limits.reset", "'function'"));
    assertEquals("ok", outcome("new Limits().constructor === Limits && new Limits().count", "undefined"));
  }
}
