package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seeded random values sent to Java and back must come back equal: nested collections, strings with
 * any UTF-16 units (lone surrogates, NUL, "__proto__"), numbers at the edges of their ranges, and a
 * few invalid elements placed at random, which must be reported at their exact path.
 */
class ValuesRoundTripTest extends V8TestSupport {
  private static final String GENERATORS = ""
      + "var seed = 20261126;"
      + "function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }"
      + "function str() { var s = '', n = rnd(6); for (var i = 0; i < n; i++) {"
      + "  var k = rnd(10); s += k === 0 ? '\\ud800' : k === 1 ? '\\u0000' : k === 2 ? '\\ud83d\\ude00'"
      + "    : k === 3 ? '__proto__' : String.fromCharCode(32 + rnd(0x2fff)); } return s; }"
      + "function int() { var k = rnd(5); return k === 0 ? 2147483647 : k === 1 ? -2147483648 : k === 2 ? 0"
      + "  : rnd(1000) - 500; }"
      + "function ints() { var a = [], n = rnd(5); for (var i = 0; i < n; i++) a.push(int()); return a; }"
      + "function map() { var m = {}, n = rnd(4); for (var i = 0; i < n; i++) m[str()] = ints(); return m; }"
      + "function nested() { var l = [], n = rnd(4); for (var i = 0; i < n; i++) l.push(map()); return l; }"
      + "function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }";

  @BeforeEach
  void installInventory() {
    js.install(Inventory.class);
    js.exec(GENERATORS);
  }

  @Test
  void randomNestedCollectionsComeBackEqual() {
    assertEquals(0, js.eval("var bad = 0; for (var t = 0; t < 3000; t++) {"
        + " var x = nested(); if (!same(Inventory.nested(x), x)) bad++; } bad"));
  }

  @Test
  void randomValueObjectsComeBackEqual() {
    js.exec("var c = new Counter(1);"
        + "function item() { var it = {name: rnd(4) === 0 ? null : str(), count: int()};"
        + "  if (rnd(2)) it.note = str(); return it; }"
        + "function order() { var items = [], n = rnd(4); for (var i = 0; i < n; i++) items.push(item());"
        + "  var colors = {}, k = rnd(3); for (var j = 0; j < k; j++) colors[str()] = ['RED', 'GREEN', 'BLUE', null][rnd(4)];"
        + "  return {id: str(), items: items, where: {x: rnd(100), y: rnd(100)}, colors: colors, counter: c}; }");
    assertEquals(0, js.eval("var bad = 0; for (var t = 0; t < 2000; t++) { var o = order(), back = Inventory.order(o);"
        + " if (!same(back, o) || back.counter !== c) bad++; } bad"));
  }

  @Test
  void aRandomBadElementIsReportedAtItsPath() {
    assertEquals(0, js.eval("var wrong = 0; for (var t = 0; t < 1000; t++) {"
        + " var x = nested(); x.push({k: [1]}); var m = x[rnd(x.length)], keys = Object.keys(m);"
        + " var key = keys.length ? keys[rnd(keys.length)] : 'k'; if (!keys.length) m.k = [1];"
        + " var list = m[key]; list.push(0); var at = rnd(list.length); list[at] = 'bad';"
        + " var expected = 'Inventory.nested: argument 1 (value)[' + x.indexOf(m) + '][' + JSON.stringify(key) + ']['"
        + "   + at + '] must be an int (an integer from -2147483648 to 2147483647), got \"bad\"';"
        + " try { Inventory.nested(x); wrong++; } catch (e) { if (!(e instanceof TypeError) || e.message !== expected) wrong++; } }"
        + " wrong"));
    assertEquals(3, js.eval("Inventory.sum([1, 2])"));
  }
}
