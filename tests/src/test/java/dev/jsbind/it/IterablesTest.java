package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Iterables and iterators returned to scripts work with for…of and spread, lazily. */
class IterablesTest extends V8TestSupport {

  @BeforeEach
  void installCallbacks() {
    Callbacks.reset();
    js.install(Callbacks.class);
  }

  @Test
  void iterablesWorkWithForOfAndSpread() {
    assertEquals("ok", outcome("(function () { var out = []; for (var x of Callbacks.range(4)) out.push(x);"
        + " return out.join(); })()", "'0,1,2,3'"));
    assertEquals("ok", outcome("[...Callbacks.range(3)].join()", "'0,1,2'"));
    assertEquals("ok", outcome("Math.max(...Callbacks.range(5))", "4"));
    assertEquals("ok", outcome("Array.from(Callbacks.range(0)).length", "0"));
  }

  @Test
  void eachIterationOfAnIterableGetsAFreshIterator() {
    js.exec("var three = Callbacks.range(3);");
    assertEquals("ok", outcome("[...three].join() + '|' + [...three].join()", "'0,1,2|0,1,2'"));
  }

  @Test
  void iteratorsAreIterableOnceAndLazy() {
    assertEquals("ok", outcome("(function () { var out = []; for (var n of Callbacks.naturals()) {"
        + " if (n > 4) break; out.push(n); } return out.join(); })()", "'0,1,2,3,4'"));
    js.exec("var it = Callbacks.naturals(); it.next(); var second = it.next();");
    assertEquals("ok", outcome("second.value === 1 && second.done === false", "true"));
    assertEquals("ok", outcome("it[Symbol.iterator]() === it", "true"));
    js.exec("var once = Callbacks.range(2)[Symbol.iterator](); var all = [...once], rest = [...once];");
    assertEquals("ok", outcome("all.length + ':' + rest.length", "'2:0'"));
  }

  @Test
  void elementsAreConvertedLikeResults() {
    assertEquals("ok", outcome("[...Callbacks.counters(3)].map(function (c) { return c instanceof Counter ? c.value : -1; }).join()",
        "'0,1,2'"));
    assertEquals("ok", outcome("typeof Callbacks.naturals().next().value", "'number'"));
  }

  @Test
  void anExceptionInNextIsAScriptError() {
    assertEquals("Error: element 3 is unreadable", errorOf("for (var s of Callbacks.broken()) {}"));
    assertEquals("ok", outcome("(function () { var out = []; try { for (var s of Callbacks.broken()) out.push(s); }"
        + " catch (e) { out.push(e instanceof Error); } return out.join(); })()", "'e1,e2,true'"));
  }

  @Test
  void manyIterationsLeaveNoHandlesOpen() {
    // Iterators are weakly held wrappers: the leak check after each test counts every strong handle.
    js.exec("var total = 0; for (var i = 0; i < 2000; i++) { for (var x of Callbacks.range(2)) total += x; }");
    assertEquals("ok", outcome("total", "2000"));
  }
}
