package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several Java constructors are one JavaScript constructor, dispatched as overloaded methods are. */
class ConstructorsTest extends V8TestSupport {
  private static final String INT = "an int (an integer from -2147483648 to 2147483647)";

  @BeforeEach
  void installBuilt() {
    js.install(Built.class);
  }

  @Test
  void theArgumentCountPicksFirst() {
    assertEquals("()", js.eval("new Built().how()"));
    assertEquals("(int 1, String a)", js.eval("new Built(1, 'a').how()"));
  }

  @Test
  void thenTheKindOfValue() {
    assertEquals("(int 7)", js.eval("new Built(7).how()"));
    assertEquals("(Counter 4)", js.eval("new Built(new Counter(4)).how()"));
    assertEquals("(Counter null)", js.eval("new Built(null).how()"));
    assertEquals("(boolean false)", js.eval("new Built(false).how()"));
    assertEquals("(String b, int 2)", js.eval("new Built('b', 2).how()"));
  }

  @Test
  void eachMakesAWrapperOfItsClass() {
    assertEquals("ok", outcome("new Built(3) instanceof Built", "true"));
    assertEquals("ok", outcome("Object.getPrototypeOf(new Built('x', 1)) === Built.prototype", "true"));
    assertEquals("ok", outcome("(function () { var b = new Built(2); return b.how === Built.prototype.how; })()", "true"));
  }

  @Test
  void theChosenConstructorChecksItsArguments() {
    assertEquals("TypeError: new Built: argument 1 (n) must be " + INT + ", got 3.5", errorOf("new Built(3.5)"));
    assertEquals("TypeError: new Built: argument 2 (label) must be a string or null, got 2",
        errorOf("new Built(1, 2)"));
    // An IllegalArgumentException is a TypeError in JavaScript (see the error bridge).
    assertEquals("TypeError: asked to fail", errorOf("new Built(true)"));
  }

  @Test
  void aValueNoConstructorTakesIsATypeErrorListingWhatWouldDo() {
    assertEquals("TypeError: new Built: argument 1 must be a boolean, a Counter or null or " + INT
        + ", got \"x\"", errorOf("new Built('x')"));
    assertEquals("TypeError: new Built: argument 1 must be a boolean, a Counter or null or " + INT
        + ", got an object", errorOf("new Built({})"));
    assertEquals("TypeError: new Built: argument 1 must be " + INT + " or a string or null, got true",
        errorOf("new Built(true, 'x')"));
  }

  @Test
  void otherArgumentCountsAreTypeErrors() {
    assertEquals("TypeError: new Built: expected 0, 1 or 2 arguments, got 3", errorOf("new Built(1, 'a', 3)"));
    assertEquals("TypeError: Class constructor Built cannot be invoked without 'new'", errorOf("Built(1)"));
  }

  @Test
  void scriptSubclassesGetTheirOwnPrototypeFromEitherConstructor() {
    js.exec("var Fancy = class Fancy extends Built {\n"
        + "  constructor(a, b) { if (b === undefined) super(a); else super(a, b); }\n"
        + "  fancy() { return '*' + this.how() + '*'; }\n"
        + "};\n"
        + "var Plain = class Plain extends Built {};");
    assertEquals("*(int 5)*", js.eval("new Fancy(5).fancy()"));
    assertEquals("*(int 5, String z)*", js.eval("new Fancy(5, 'z').fancy()"));
    assertEquals("ok", outcome("(function () { var f = new Fancy(1); return f instanceof Fancy && f instanceof Built"
        + " && Object.getPrototypeOf(f) === Fancy.prototype; })()", "true"));
    assertEquals("(String q, int 9)", js.eval("new Plain('q', 9).how()"));
    assertEquals("ok", outcome("Object.getPrototypeOf(new Plain()) === Plain.prototype", "true"));
    assertEquals("TypeError: new Built: expected 0, 1 or 2 arguments, got 3", errorOf("new Plain(1, 2, 3)"));
  }

  @Test
  void scriptSubclassesOfASingleConstructorClassToo() {
    js.exec("var Doubling = class Doubling extends Counter { constructor(n) { super(n * 2); } twice() { return this.value * 2; } }");
    assertEquals(12, js.eval("new Doubling(3).twice()"));
    assertEquals("ok", outcome("Object.getPrototypeOf(new Doubling(1)) === Doubling.prototype", "true"));
    assertEquals("ok", outcome("new Doubling(1) instanceof Counter", "true"));
  }
}
