package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, class 2: no value outlives the call that passed it. These are the symptoms a script saw
 * when strings stayed in the glue's slots and a combined prototype (an object whose class has two
 * unrelated exposed interfaces, first handed to JavaScript) was built from "the slots up to the
 * first null". SlotHygieneTest (runtime) checks the slots themselves after every kind of call.
 */
class SlotLeftoversTest extends V8TestSupport {

  @BeforeEach
  void installFixtures() {
    js.install(Reentry.class);
    js.install(Tagged.class);
    js.install(Sized.class);
    js.install(Callbacks.class);
  }

  /** The own properties of the combined prototype of {@code both}, beyond the members it should have. */
  private String extraProperties(String wrapper) {
    return (String) js.eval("(function () { var p = Object.getPrototypeOf(" + wrapper + "), out = [];"
        + " Object.getOwnPropertyNames(p).forEach(function (k) {"
        + "   if (!/^(size|largerThan|label|tag|tagLine|toJSON)$/.test(k)) out.push(k + '=' + String(p[k]).slice(0, 40)); });"
        + " return out.join(', '); })()");
  }

  @Test
  void anEarlierArgumentNeverBecomesPartOfASharedPrototype() {
    js.exec("Reentry.echo('hunter2');");
    js.exec("var both = Tagged.both(1, 't');");
    assertEquals("", extraProperties("both"));
    assertEquals("", js.eval("Array.prototype.slice.call(Object.getPrototypeOf(both)).join('')"));
    // A later, unrelated script sees nothing either.
    assertEquals("ok", outcome("Object.getPrototypeOf(Tagged.both(2, 'u')).length", "undefined"));
  }

  @Test
  void anErrorsMessageAndStackNeverBecomePartOfASharedPrototype() {
    js.exec("try { Callbacks.map(function (x) { throw new Error('the secret message'); }, 1); } catch (e) {}");
    js.exec("var both = Tagged.both(1, 't');");
    assertEquals("", extraProperties("both"));
  }

  @Test
  void aCallbacksArgumentsSurviveTheCombinedPrototypeOfALaterOne() {
    assertEquals("ok", outcome("Reentry.relay(function (s, t) { return s + ':' + t.tag() + t.size(); }, 'abc', 4)",
        "'abc:q4'"));
  }

  @Test
  void aCallbacksExposedObjectArgumentSurvivesToo() {
    assertEquals("ok", outcome("Reentry.relayCounter(function (c, t) {"
        + " return (c === null ? 'null' : String(c.value)) + ':' + t.tag(); }, new Counter(7), 4)", "'7:r'"));
  }

  @Test
  void aCallbacksArgumentsSurviveAFutureThatCallsAScriptWhenHandedOver() {
    assertEquals("ok", outcome("Reentry.handOverMeddling(function (s, p) { return s; }, 'mine')", "'mine'"));
  }
}
