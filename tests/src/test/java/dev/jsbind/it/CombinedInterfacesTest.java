package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Objects whose class is not exposed but has several unrelated exposed supertypes (Sized and
 * Tagged; Counter and Tagged): their wrappers have the members of each.
 */
class CombinedInterfacesTest extends V8TestSupport {

  @BeforeEach
  void installInterfaces() {
    js.install(Sized.class);
    js.install(Tagged.class);
    js.exec("var both = Tagged.both(3, 'x'), again = Tagged.bothAgain(5), tc = Tagged.taggedCounter(4, 'c');");
  }

  @Test
  void twoUnrelatedInterfacesLendTheirMembers() {
    assertEquals("ok", outcome("both.size()", "3"));
    assertEquals("ok", outcome("both.tag()", "'x'"));
    assertEquals("ok", outcome("both.label", "'sized 3'"));
    assertEquals("ok", outcome("both.tagLine", "'#x'"));
    assertEquals("ok", outcome("both.largerThan(Sized.hidden(2))", "true"));
    assertEquals("ok", outcome("again.size() + again.tag() + again.tagLine", "'5again#again'"));
  }

  @Test
  void theyAreInstancesOfEachAndPassAsEach() {
    assertEquals("ok", outcome("both instanceof Sized && both instanceof Tagged", "true"));
    assertEquals("ok", outcome("Sized.total(both, again)", "8"));
    assertEquals("ok", outcome("Sized.hidden(1) instanceof Tagged", "false"));
  }

  @Test
  void anExposedClassAndAnInterfaceItDoesNotImplement() {
    assertEquals("ok", outcome("tc.add(1)", "5"));
    assertEquals("ok", outcome("tc.value", "5"));
    assertEquals("ok", outcome("tc.tag() + tc.tagLine", "'c#c'"));
    assertEquals("ok", outcome("tc instanceof Counter && tc instanceof Tagged", "true"));
    assertEquals("ok", outcome("Object.getPrototypeOf(Object.getPrototypeOf(tc)) === Counter.prototype", "true"));
    assertEquals("ok", outcome("tc.constructor === Counter", "true"));
    assertEquals("ok", outcome("tc.kind", "'counter'"), "Counter's final field, carried by the wrapper");
  }

  @Test
  void theCombinedPrototypeIsMadeOncePerCombinationAndFrozen() {
    assertEquals("ok", outcome("Object.getPrototypeOf(both) === Object.getPrototypeOf(Tagged.both(1, 'y'))", "true"));
    assertEquals("ok", outcome("Object.getPrototypeOf(both) !== Object.getPrototypeOf(again)", "true"),
        "the other order inherits from the other interface first");
    assertEquals("ok", outcome("Object.isFrozen(Object.getPrototypeOf(both))"
        + " && Object.isFrozen(Object.getPrototypeOf(tc))", "true"));
    assertEquals("ok", outcome("Object.getPrototypeOf(Sized.hidden(1)) === Sized.prototype", "true"),
        "one exposed interface: its own prototype, as before");
    assertEquals("ok", outcome("Object.getPrototypeOf(new Counter(1)) === Counter.prototype", "true"));
  }

  @Test
  void theMixedInMembersStillCheckTheirReceiver() {
    assertEquals("TypeError: Illegal invocation: Tagged.tag was called on something that is not a Tagged",
        errorOf("Object.getPrototypeOf(both).tag.call(Sized.hidden(1))"));
    assertEquals("TypeError: Illegal invocation: Tagged.tag was called on something that is not a Tagged",
        errorOf("Object.getPrototypeOf(both).tag.call({})"));
  }
}
