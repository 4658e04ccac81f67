package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code @JsOptional} parameters may be omitted; varargs collect the trailing arguments. */
class FlexibleTest extends V8TestSupport {
  private static final String INT = "an int (an integer from -2147483648 to 2147483647)";

  @BeforeEach
  void installFlexible() {
    js.install(Flexible.class);
  }

  @Test
  void omittedOptionalArgumentsAreNull() {
    assertEquals("hi, null (null)", js.eval("Flexible.greet('hi')"));
    assertEquals("hi, Ann (null)", js.eval("Flexible.greet('hi', 'Ann')"));
    assertEquals("hi, Ann (RED)", js.eval("Flexible.greet('hi', 'Ann', 'RED')"));
    assertEquals("hi, null (BLUE)", js.eval("Flexible.greet('hi', undefined, 'BLUE')"));
    assertEquals("hi, null (null)", js.eval("Flexible.greet('hi', null, null)"));
    assertEquals("x/null", js.eval("new Flexible('x').name()"));
    assertEquals("x/3", js.eval("new Flexible('x', 3).name()"));
    assertEquals("none", js.eval("Flexible.pick()"));
    assertEquals("none", js.eval("Flexible.pick(undefined)"));
    assertEquals("Counter(2)", js.eval("Flexible.pick(new Counter(2))"));
  }

  @Test
  void optionalArgumentsAreCheckedWhenGiven() {
    assertEquals("TypeError: Flexible.greet: expected 1 to 3 arguments, got 0", errorOf("Flexible.greet()"));
    assertEquals("TypeError: Flexible.greet: expected 1 to 3 arguments, got 4", errorOf("Flexible.greet('a', 'b', 'RED', 1)"));
    assertEquals("TypeError: Flexible.greet: argument 3 (color) must be one of 'RED', 'GREEN', 'BLUE' or null, got \"PINK\"",
        errorOf("Flexible.greet('a', 'b', 'PINK')"));
    assertEquals("TypeError: new Flexible: argument 2 (size) must be " + INT + " or null, got 1.5", errorOf("new Flexible('x', 1.5)"));
    assertEquals("TypeError: Flexible.pick: argument 1 (counter) must be a Counter, got null", errorOf("Flexible.pick(null)"));
    assertEquals("TypeError: Flexible.pick: expected 0 to 1 arguments, got 2", errorOf("Flexible.pick(undefined, undefined)"));
  }

  @Test
  void varargsCollectTheTrailingArguments() {
    assertEquals(0, js.eval("Flexible.sum()"));
    assertEquals(6, js.eval("Flexible.sum(1, 2, 3)"));
    assertEquals(61, js.eval("Flexible.sum.apply(null, new Array(61).fill(1))"));
    assertEquals("a-b-c", js.eval("Flexible.join('-', false, 'a', 'b', 'c')"));
    assertEquals("A-B", js.eval("Flexible.join('-', true, 'a', 'b')"));
    assertEquals("", js.eval("Flexible.join('-')"));
    assertEquals("a-null", js.eval("Flexible.join('-', undefined, 'a', null)"));
    assertEquals("RED[GREEN, BLUE]", js.eval("new Flexible('x').all('RED', 'GREEN', 'BLUE')"));
    assertEquals("RED[null]", js.eval("new Flexible('x').all('RED', null)"));
    assertEquals("RED[]", js.eval("new Flexible('x').all('RED')"));
    assertEquals("1;2;", js.eval("Flexible.counters(new Counter(1), new Counter(2))"));
    assertEquals("[true, false]", js.eval("Flexible.flags(true, false)"));
    assertEquals("[1.5, null]", js.eval("Flexible.mixed(1.5, null)"));
  }

  @Test
  void eachVarargsElementIsCheckedByItsPosition() {
    assertEquals("TypeError: Flexible.sum: argument 3 (values) must be " + INT + ", got \"3\"", errorOf("Flexible.sum(1, 2, '3')"));
    assertEquals("RangeError: Flexible.sum: argument 2 (values) must be " + INT + ", got 2147483648",
        errorOf("Flexible.sum(1, 2147483648)"));
    assertEquals("TypeError: Flexible.join: argument 4 (parts) must be a string or null, got 4", errorOf("Flexible.join('-', true, 'a', 4)"));
    assertEquals("TypeError: Flexible.all: argument 3 (more) must be one of 'RED', 'GREEN', 'BLUE' or null, got \"PINK\"",
        errorOf("new Flexible('x').all('RED', 'GREEN', 'PINK')"));
    assertEquals("TypeError: Flexible.counters: argument 2 (counters) must be a Counter, got null",
        errorOf("Flexible.counters(new Counter(1), null)"));
    assertEquals("TypeError: Flexible.flags: argument 1 (flags) must be a boolean, got 0", errorOf("Flexible.flags(0)"));
    assertEquals("TypeError: Flexible.all: expected at least 1 argument, got 0", errorOf("new Flexible('x').all()"));
    assertEquals("TypeError: Flexible.join: expected at least 1 argument, got 0", errorOf("Flexible.join()"));
    assertEquals("TypeError: Flexible.sum: expected at most 61 arguments, got 62", errorOf("Flexible.sum.apply(null, new Array(62).fill(1))"));
  }
}
