package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A subclass method named like an overloaded superclass method: as in Java, the subclass's
 * overloads and the inherited ones it does not override form the set.
 */
class OverloadInheritanceTest extends V8TestSupport {

  @BeforeEach
  void installGreeters() {
    js.install(Greeter.class);
    js.install(Greeter.Loud.class);
    js.exec("var plain = new Greeter(), loud = new Loud();");
  }

  @Test
  void anOverrideReplacesItsBaseOverload() {
    assertEquals("HELLO BOB", js.eval("loud.greet('bob')"));
    assertEquals("hello bob", js.eval("plain.greet('bob')"));
  }

  @Test
  void inheritedOverloadsStayCallable() {
    assertEquals("hello", js.eval("loud.greet()"));
    assertEquals("hello hello", js.eval("loud.greet(2)"));
  }

  @Test
  void theSubclassAddsItsOwn() {
    assertEquals("HELLO HELLO", js.eval("loud.greet(true)"));
    assertEquals("TypeError: Greeter.greet: argument 1 must be an int (an integer from -2147483648 to 2147483647)"
        + " or a string or null, got true", errorOf("plain.greet(true)"));
    assertEquals("TypeError: Loud.greet: expected 0 or 1 arguments, got 2", errorOf("loud.greet(1, 2)"));
  }

  @Test
  void anIgnoredOverrideHidesItsBaseOverloadToo() {
    assertEquals("waves 2 hands", js.eval("loud.wave(2)"));
    assertEquals("TypeError: Loud.wave: argument 1 (hands) must be an int (an integer from -2147483648 to"
        + " 2147483647), got \"bob\"", errorOf("loud.wave('bob')"));
    assertEquals("waves at bob", js.eval("plain.wave('bob')"));
  }

  @Test
  void theSubclassSetIsItsOwnMember() {
    assertEquals("ok", outcome("Object.getOwnPropertyDescriptor(Loud.prototype, 'greet') !== undefined"
        + " && Loud.prototype.greet !== Greeter.prototype.greet", "true"));
    assertEquals("TypeError: Illegal invocation: Loud.greet was called on something that is not a Loud",
        errorOf("Loud.prototype.greet.call(plain, 2)"));
  }
}
