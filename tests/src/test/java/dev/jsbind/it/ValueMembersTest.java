package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Copied values in constructors, omittable Optionals and constants. */
class ValueMembersTest extends V8TestSupport {

  @BeforeEach
  void installRoster() {
    js.install(Roster.class);
  }

  @Test
  void constructorsTakeCopiedArguments() {
    assertEquals("[a, b] of 3", js.eval("new Roster(['a', 'b', 'c'], 2).describe()"));
    assertEquals("[a, b, c] of 3", js.eval("new Roster(['a', 'b', 'c']).describe()"));
    assertEquals("[a] of 1", js.eval("new Roster(['a'], undefined).describe()"));
    assertEquals(true, js.eval("class Team extends Roster {} var t = new Team(['x']); t instanceof Team && t.describe() === '[x] of 1'"));
    assertEquals("TypeError: new Roster: argument 1 (names)[1] must be a string or null, got 2",
        errorOf("new Roster(['a', 2])"));
    assertEquals("TypeError: new Roster: argument 2 (limit) must be an int (an integer from -2147483648 to 2147483647)"
        + " or undefined, got \"2\"", errorOf("new Roster(['a'], '2')"));
  }

  @Test
  void optionalParametersMayBeOmitted() {
    assertEquals("hello ann", js.eval("new Roster(['ann']).greet()"));
    assertEquals("hi ann", js.eval("new Roster(['ann']).greet('hi')"));
    assertEquals("TypeError: Roster.greet: argument 1 (greeting) must be a string or undefined, got null",
        errorOf("new Roster(['ann']).greet(null)"));
    assertEquals("no tags", js.eval("Roster.tagged()"));
    assertEquals("2 tags", js.eval("Roster.tagged(['a', 'b'])"));
    assertEquals("TypeError: Roster.tagged: argument 1 (tags) must be an array or null, got 5", errorOf("Roster.tagged(5)"));
  }

  @Test
  void staticFieldsOfCopiedTypesAreReadAsCopies() {
    assertEquals("[\"ann\",\"bo\"]", js.eval("JSON.stringify(Roster.DEFAULT_NAMES)"));
    assertEquals(false, js.eval("Roster.DEFAULT_NAMES === Roster.DEFAULT_NAMES"));
    assertEquals("TypeError: Roster.DEFAULT_NAMES is read-only", errorOf("Roster.DEFAULT_NAMES = []"));
  }
}
