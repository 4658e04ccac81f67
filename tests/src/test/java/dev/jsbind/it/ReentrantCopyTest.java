package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, class 3: copying a result runs Java code (a lazy list's get, a value's accessors) that
 * may call scripts, which call Java members returning copies of their own. The outer copy must not
 * be disturbed, and each element is checked against its declared type. ReentrantCopyFuzzTest does
 * the same at random depths.
 */
class ReentrantCopyTest extends V8TestSupport {

  @BeforeEach
  void installFixtures() {
    js.install(Reentry.class);
    js.install(Sized.class);
    js.install(Box.class);
  }

  @Test
  void aListWhoseElementsCallScriptsThatCopyValues() {
    assertEquals("ok", outcome("JSON.stringify(Reentry.lazy(function (i) { Reentry.range(5, 1); return i * 10; }, 3))",
        "'[0,10,20]'"));
  }

  @Test
  void stringsOfTheOuterCopyAreIntact() {
    assertEquals("ok", outcome("JSON.stringify(Reentry.lazyStrings(function (i) {"
        + " return 'x' + Reentry.lazyStrings(function (j) { return 'in' + j; }, 2).join('') + i; }, 3))",
        "'[\"xin0in10\",\"xin0in11\",\"xin0in12\"]'"));
  }

  @Test
  void exposedElementsAreTheOuterCopysOwn() {
    assertEquals("ok", outcome("Reentry.lazyCounters(function (i) { Reentry.boxes(2); return new Counter(i); }, 3)"
        + ".map(function (c) { return c instanceof Counter ? c.value : 'not a Counter'; }).join()", "'0,1,2'"));
  }

  @Test
  void anElementOfTheWrongClassIsATypeError() {
    assertEquals("TypeError: the result[1] must be a Counter, got a Box", errorOf("Reentry.mixed()"));
    assertEquals("TypeError: the result[1] must be a string or null, got an Integer",
        errorOf("Reentry.mixedStrings()"));
  }
}
