package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Overloads are dispatched by argument count, then by the kind of value at one position. */
class OverloadsTest extends V8TestSupport {
  private static final String INT = "an int (an integer from -2147483648 to 2147483647)";

  @BeforeEach
  void installOverloads() {
    js.install(Overloads.class);
    js.exec("var o = new Overloads();");
  }

  @Test
  void theArgumentCountPicksFirst() {
    assertEquals("f()", js.eval("o.f()"));
    assertEquals("f(int 1, String a)", js.eval("o.f(1, 'a')"));
    assertEquals("other(1.0, 2.5, 3.0)", js.eval("o.f(1, 2.5, 3)"));
  }

  @Test
  void thenTheKindOfValue() {
    assertEquals("f(int 7)", js.eval("o.f(7)"));
    assertEquals("f(String seven)", js.eval("o.f('seven')"));
    assertEquals("f(boolean true)", js.eval("o.f(true)"));
    assertEquals("f(Counter 4)", js.eval("o.f(new Counter(4))"));
    assertEquals("f(String a, int 1)", js.eval("o.f('a', 1)"));
    assertEquals("of(Color RED)", js.eval("Overloads.of('RED')"));
    assertEquals("of(long 9007199254740991)", js.eval("Overloads.of(9007199254740991)"));
    assertEquals("of(Counter 2, long 3)", js.eval("Overloads.of(new Counter(2), 3)"));
  }

  @Test
  void nullGoesToTheOneOverloadThatAcceptsIt() {
    assertEquals("f(String null)", js.eval("o.f(null)"));
    assertEquals("of(Color null)", js.eval("Overloads.of(null)"));
    assertEquals("of(Counter null, long 3)", js.eval("Overloads.of(null, 3)"));
    assertEquals("f(String null, int 2)", js.eval("o.f(null, 2)"));
  }

  @Test
  void theChosenOverloadChecksItsArgumentsAsAnyMethod() {
    assertEquals("TypeError: Overloads.f: argument 1 (x) must be " + INT + ", got 3.5", errorOf("o.f(3.5)"));
    assertEquals("RangeError: Overloads.f: argument 1 (x) must be " + INT + ", got 2147483648", errorOf("o.f(2147483648)"));
    assertEquals("TypeError: Overloads.f: argument 2 (x) must be " + INT + ", got \"b\"", errorOf("o.f('a', 'b')"));
    assertEquals("TypeError: Overloads.of: argument 1 (color) must be one of 'RED', 'GREEN', 'BLUE' or null, got \"PINK\"",
        errorOf("Overloads.of('PINK')"));
    assertEquals("TypeError: Overloads.of: argument 2 (n) must be a long (a safe integer, |n| <= 2^53-1), got 1.5",
        errorOf("Overloads.of(null, 1.5)"));
    assertEquals("TypeError: nothing to touch", errorOf("o.touch(null)"));
    assertEquals("ok", outcome("o.touch(2)", "undefined"));
  }

  @Test
  void aValueNoOverloadTakesIsATypeErrorListingWhatWouldDo() {
    assertEquals("TypeError: Overloads.f: argument 1 must be a boolean, a Counter, " + INT
        + " or a string or null, got undefined", errorOf("o.f(undefined)"));
    assertEquals("TypeError: Overloads.f: argument 1 must be a boolean, a Counter, " + INT
        + " or a string or null, got an object", errorOf("o.f({})"));
    assertEquals("TypeError: Overloads.f: argument 1 must be a boolean, a Counter, " + INT
        + " or a string or null, got an object", errorOf("o.f(Object.create(Counter.prototype))"));
    assertEquals("TypeError: Overloads.f: argument 1 must be " + INT + " or a string or null, got true",
        errorOf("o.f(true, 'x')"));
    assertEquals("TypeError: Overloads.f: argument 1 (c) must be a Counter, got a Overloads", errorOf("o.f(o)"));
  }

  @Test
  void otherArgumentCountsAreTypeErrors() {
    assertEquals("TypeError: Overloads.f: expected 0, 1, 2 or 3 arguments, got 4", errorOf("o.f(1, 2, 3, 4)"));
    assertEquals("TypeError: Overloads.of: expected 1 or 2 arguments, got 0", errorOf("Overloads.of()"));
    assertEquals("TypeError: Overloads.touch: expected 1 argument, got 0", errorOf("o.touch()"));
  }

  @Test
  void overloadedMethodsCheckTheirReceiver() {
    assertEquals("TypeError: Illegal invocation: Overloads.f was called on something that is not a Overloads",
        errorOf("Overloads.prototype.f.call({}, 1)"));
    assertEquals("ok", outcome("typeof Object.getOwnPropertyDescriptor(Overloads.prototype, 'f').value", "'function'"));
  }
}
