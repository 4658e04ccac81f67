package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jsbind.runtime.JsOptions;
import dev.jsbind.runtime.JsRuntime;
import dev.jsbind.runtime.JsTimeoutException;
import dev.jsbind.runtime.j2v8.J2v8Runtime;
import java.util.HashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile inputs to copied values: they must give clean JavaScript errors or correct copies, never
 * a crash, a corrupted copy, or a leak (V8TestSupport checks handles after each test).
 */
class ValuesHostileTest extends V8TestSupport {
  private static final String INT = "an int (an integer from -2147483648 to 2147483647)";

  @BeforeEach
  void installInventory() {
    Inventory.stock = new HashMap<String, Integer>();
    js.install(Inventory.class);
  }

  @Test
  void proxiesAreReadThroughTheirTrapsOrFailCleanly() {
    assertEquals(6, js.eval("Inventory.sum(new Proxy([1, 2, 3], {}))"));
    assertEquals("Error: trap", errorOf("Inventory.sum(new Proxy([1], {get: function () { throw new Error('trap'); }}))"));
    assertEquals("TypeError: Cannot perform 'IsArray' on a proxy that has been revoked",
        errorOf("var r = Proxy.revocable([1], {}); r.revoke(); Inventory.sum(r.proxy)"));
    assertEquals("RangeError: Inventory.sum: argument 1 (values) is too large to copy: more than 8388608 numbers",
        errorOf("Inventory.sum(new Proxy([], {get: function (t, k) { return k === 'length' ? 1e12 : 1; }}))"));
    assertEquals("TypeError: Inventory.sum: argument 1 (values) must be an array with a valid length, got an object",
        errorOf("Inventory.sum(new Proxy([], {get: function (t, k) { return k === 'length' ? -1 : 1; }}))"));
    assertEquals("TypeError: Inventory.sum: argument 1 (values) must be an array with a valid length, got an object",
        errorOf("Inventory.sum(new Proxy([], {get: function (t, k) { return k === 'length' ? '2' : 1; }}))"));
    assertEquals("TypeError: Inventory.move: argument 1 (point) must be a Point object, got an object",
        errorOf("Inventory.move(new Proxy([], {}), 0, 0)"));
    assertEquals("{\"x\":7,\"y\":7}", js.eval("JSON.stringify(Inventory.move(new Proxy({}, {get: function () { return 7; }}), 0, 0))"));
    assertEquals("Error: ownKeys", errorOf("Inventory.keys(new Proxy({}, {ownKeys: function () { throw new Error('ownKeys'); }}))"));
  }

  @Test
  void holesArrayLikesAndHugeLengths() {
    assertEquals("TypeError: Inventory.sum: argument 1 (values)[1] must be " + INT + ", got undefined",
        errorOf("Inventory.sum([1, , 3])"));
    assertEquals("[1,null,3]", js.eval("JSON.stringify(Inventory.optionals([1, , 3]))"));
    assertEquals("TypeError: Inventory.sum: argument 1 (values) must be an array, got an object",
        errorOf("Inventory.sum({length: 2, 0: 1, 1: 2})"));
    assertEquals("TypeError: Inventory.sum: argument 1 (values) must be an array, got an object",
        errorOf("Inventory.sum(new Int32Array([1, 2]))"));
    assertEquals("RangeError: Inventory.sum: argument 1 (values) is too large to copy: more than 8388608 numbers",
        errorOf("var a = []; a.length = 4294967295; Inventory.sum(a)"));
    assertEquals("RangeError: Inventory.optionals: argument 1 (values) is too large to copy: more than 8388608 numbers",
        errorOf("Inventory.optionals(new Array(9000000))"));
    assertEquals("TypeError: Inventory.sum: argument 1 (values)[0] must be " + INT + ", got a symbol",
        errorOf("Inventory.sum([Symbol()])"));
  }

  @Test
  void patchedIntrinsicsNeitherSeeNorChangeCopies() {
    js.exec("var input = new Set(['b', 'a']), seen = [];"
        + "Object.getPrototypeOf(new Set().values()).next = function () { seen.push('next'); return {done: true}; };"
        + "Set.prototype.values = function () { seen.push('values'); return [][Symbol.iterator](); };"
        + "Set.prototype[Symbol.iterator] = Set.prototype.values;"
        + "Set.prototype.add = function () { seen.push('add'); return this; };"
        + "Object.defineProperty(Array.prototype, '0', {set: function (v) { seen.push('array set ' + v); },"
        + " get: function () { return 'fake'; }, configurable: true});"
        + "Object.defineProperty(Object.prototype, 'x', {set: function (v) { seen.push('object set ' + v); },"
        + " configurable: true});"
        + "Object.defineProperty(Object.prototype, 'k', {set: function (v) { seen.push('k set ' + v); },"
        + " configurable: true});"
        + "Array.isArray = function () { return true; }; Object.keys = function () { return ['evil']; };"
        + "Object.defineProperty = function () { seen.push('defineProperty'); };");
    assertEquals(true, js.eval("var s = Inventory.sorted(input); var has = Set.prototype.has;"
        + " s.size === 2 && has.call(s, 'a') && has.call(s, 'b')"));
    assertEquals(4, js.eval("Object.getOwnPropertyDescriptor(Inventory.doubled([2]), '0').value"));
    assertEquals(5, js.eval("Object.getOwnPropertyDescriptor(Inventory.move({x: 5, y: 0}, 0, 0), 'x').value"));
    assertEquals(2, js.eval("Object.getOwnPropertyDescriptor(Inventory.lengths(['k', 'ab']), 'ab').value"));
    assertEquals(1, js.eval("Object.getOwnPropertyDescriptor(Inventory.lengths(['k', 'ab']), 'k').value"));
    assertEquals("TypeError: Inventory.sum: argument 1 (values) must be an array, got an object",
        errorOf("Inventory.sum({length: 0})"));
    assertEquals("{k=1}", js.eval("Inventory.describe({k: [1]}).replace('[1]', '1')"));
    assertEquals("", js.eval("seen.join()"));
  }

  @Test
  void setsAreIteratedWithThePristineIteratorEvenWhenSubclassed() {
    assertEquals("a,b", js.eval("class Tags extends Set { values() { throw new Error('no'); } }"
        + " Array.from(Inventory.sorted(new Tags(['b', 'a']))).join()"));
    assertEquals("TypeError: Inventory.sorted: argument 1 (values) must be a Set, got an object",
        errorOf("Inventory.sorted(new Proxy(new Set(['a']), {}))"));
    assertEquals("TypeError: Inventory.sorted: argument 1 (values) must be a Set, got an object",
        errorOf("Inventory.sorted(new Map([['a', 1]]))"));
    assertEquals("TypeError: Inventory.keys: argument 1 (map) must be an object, got an object",
        errorOf("Inventory.keys(new Set())"));
  }

  @Test
  void gettersRunOnceAndMayThrowOrCallJavaAgain() {
    assertEquals("Error: nope", errorOf("Inventory.keys({a: 1, get b() { throw new Error('nope'); }})"));
    assertEquals("non-Error undefined: undefined", errorOf("Inventory.keys({get b() { throw 'plain'; }})"));
    // A getter whose own call copies values (with strings) encodes above the outer call's data.
    assertEquals("{a=[1], b=[2], c=[3]}", js.eval("Inventory.describe({a: [1], get b() {"
        + " Inventory.lengths(['xyz', 'w']); return [2]; }, c: [3]})"));
    assertEquals(31, js.eval("Inventory.sum(new Proxy([1, 2], {get: function (t, k) {"
        + " return k === '1' ? Inventory.sum([10, 20]) : t[k]; }}))"));
    // ...and one that fails inside the getter leaves the outer call's data intact too.
    assertEquals("{a=[1], b=[2]}", js.eval("Inventory.describe({a: [1], get b() {"
        + " try { Inventory.lengths(['x', 5]); } catch (e) {} return [2]; }})"));
    assertEquals("ab=[2];", js.eval("Inventory.nestedText([{get ab() { return Inventory.doubled([1]); }}])"));
  }

  @Test
  void failuresHalfwayDropWhatWasCopied() {
    // 60 failures after 100,000 copied numbers each would overflow the tape if any were kept.
    assertEquals(60, js.eval("var big = []; for (var i = 0; i < 100000; i++) big.push(i); big.push('x');"
        + " var failed = 0; for (var j = 0; j < 60; j++) { try { Inventory.sum(big); } catch (e) {"
        + " if (e instanceof TypeError) failed++; } } failed"));
    assertEquals(60, js.eval("failed = 0; for (var j = 0; j < 60; j++) { try { Inventory.primitives([true], [1], [1],"
        + " [1], [1], big, 'no'); } catch (e) { if (e instanceof TypeError) failed++; } } failed"));
    assertEquals(3, js.eval("Inventory.sum([1, 2])"));
  }

  @Test
  void aScriptStoppedWhileArgumentsAreCopiedLeavesTheRuntimeUsable() {
    try (JsRuntime limited = JsRuntime.create(JsOptions.defaults().timeLimitMillis(200))) {
      limited.install(Inventory.class);
      assertThrows(JsTimeoutException.class, () -> limited.exec("Inventory.sum(new Proxy([1, 2, 3], {get: function (t, k) {"
          + " if (k === '1') { for (;;) {} } return t[k]; }}))"));
      assertEquals(3, limited.eval("Inventory.sum([1, 2])"));
      assertEquals(0, ((J2v8Runtime) limited).openHandleCount());
    }
  }

  @Test
  void aLargeCopyGrowsTheTapeAndLaterScriptsStillWork() {
    assertEquals(2000000, js.eval("var big = []; for (var i = 0; i < 2000000; i++) big.push(1); Inventory.sum(big)"));
    assertEquals(4000000, js.eval("Inventory.doubled(big).reduce(function (a, b) { return a + b; }, 0)"));
    assertEquals(3, js.eval("Inventory.sum([1, 2])")); // a new top-level script: the tape is small again
    assertEquals("[2,4]", js.eval("JSON.stringify(Inventory.doubled([1, 2]))"));
  }

  @Test
  void cyclesAreErrorsInBothDirections() {
    assertEquals("RangeError", js.eval("var n = {name: 'r', children: []}; n.children.push(n);"
        + " try { Inventory.treeSize(n); 'no error'; } catch (e) { e.name; }"));
    assertEquals(3, js.eval("Inventory.sum([1, 2])"));
    assertEquals("RangeError: the result is nested more than 1000 levels deep (does it contain itself?)",
        errorOf("Inventory.cyclic()"));
  }

  @Test
  void valueObjectsWithAccessorsAndPrototypes() {
    assertEquals("{\"x\":1,\"y\":2}", js.eval("JSON.stringify(Inventory.move(Object.create({x: 1}, "
        + "{y: {get: function () { return 2; }}}), 0, 0))"));
    assertEquals("Error: y", errorOf("Inventory.move({x: 1, get y() { throw new Error('y'); }}, 0, 0)"));
    assertEquals("TypeError: Inventory.move: argument 1 (point) must be a Point object, got a wrapped Java object of"
        + " another class", errorOf("Inventory.move(new Counter(1), 0, 0)"));
    assertEquals("TypeError: Inventory.move: argument 1 (point) must be a Point object, got an object",
        errorOf("Inventory.move([1, 2], 0, 0)"));
  }
}
