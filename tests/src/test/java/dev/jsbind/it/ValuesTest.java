package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Arrays, collections, Optional and @JsValue objects crossing by copy (docs/VALUES.md). */
class ValuesTest extends V8TestSupport {
  private static final String INT = "an int (an integer from -2147483648 to 2147483647)";

  @BeforeEach
  void installInventory() {
    Inventory.stock = new HashMap<String, Integer>();
    js.install(Inventory.class);
    js.exec("var inv = new Inventory();");
  }

  private String json(String expression) {
    return (String) js.eval("JSON.stringify(" + expression + ")");
  }

  @Test
  void primitiveArraysCrossBothWays() {
    assertEquals(10, js.eval("Inventory.sum([1, 2, 3, 4])"));
    assertEquals(0, js.eval("Inventory.sum([])"));
    assertEquals("[2,-4,0]", json("Inventory.doubled([1, -2, -0])"));
    assertEquals(true, js.eval("Array.isArray(Inventory.doubled([1])) && Object.getPrototypeOf(Inventory.doubled([1])) === Array.prototype"));
    assertEquals("[true, false][-128, 127][-32768, 32767][9007199254740991, -5][1.5, 3.4028235E38][0.1, NaN][a, \u00e9]",
        js.eval("Inventory.primitives([true, false], [-128, 127], [-32768, 32767], [9007199254740991, -5],"
            + " [1.5, 3.4028234663852886e38], [0.1, NaN], ['a', '\u00e9'])"));
    assertEquals("[9007199254740990,9007199254740991]", json("Inventory.longs(9007199254740990)"));
    assertEquals("[\"h\",\"i\"]", json("Inventory.letters('hi')"));
    assertEquals("[\"A\",null,\"\"]", json("Inventory.upper(['a', null, ''])"));
    assertEquals("[[0,1,2],[3,4,5]]", json("Inventory.grid(2, 3)"));
    assertEquals(15, js.eval("Inventory.total(Inventory.grid(2, 3))"));
    assertEquals("[\"RED\",null,\"BLUE\"]", json("Inventory.colors(['RED', null, 'BLUE'])"));
  }

  @Test
  void collectionsCrossBothWays() {
    assertEquals("[1,null,9]", json("Inventory.squares([1, null, 3])"));
    assertEquals("a,b,c", js.eval("var s = Inventory.sorted(new Set(['c', 'a', 'b'])); s instanceof Set && Array.from(s).join()"));
    assertEquals("{\"ab\":2,\"\":0,\"__proto__\":9}", json("Inventory.lengths(['ab', '', '__proto__'])"));
    assertEquals(true, js.eval("Object.getPrototypeOf(Inventory.lengths(['__proto__'])) === Object.prototype"));
    assertEquals("{bob=[1, null], al=[]}", js.eval("Inventory.describe({bob: [1, null], al: []})"));
    assertEquals("[{\"a\":[1,2]},{}]", json("Inventory.nested([{a: [1, 2]}, {}])"));
    assertEquals("a=[1, 2];b=[];", js.eval("Inventory.nestedText([{a: [1, 2]}, {b: []}])"));
    assertEquals("[\"RED\",\"BLUE\"]", json("Inventory.palette(new Set(['RED', 'BLUE']))"));
    assertEquals(-1, js.eval("Inventory.sizeOrMinusOne(null)"));
    assertEquals(2, js.eval("Inventory.sizeOrMinusOne(['a', 'b'])"));
    assertEquals(true, js.eval("Inventory.none() === null"));
    assertEquals("{\"__proto__\":1,\"x\":2}", json("Inventory.keys(JSON.parse('{\"__proto__\": 1, \"x\": 2}'))"));
  }

  @Test
  void mapsKeyedByAnEnumUseConstantNames() {
    assertEquals("{\"RED\":2,\"BLUE\":1}", json("Inventory.tally(['BLUE', 'RED', 'RED'])"));
    assertEquals("{GREEN=[a], RED=[]}", js.eval("Inventory.paint({GREEN: ['a'], RED: []})"));
    assertEquals("TypeError: Inventory.paint: argument 1 (byColor)[\"PINK\"] must be a key that is one of 'RED',"
        + " 'GREEN', 'BLUE', got \"PINK\"", errorOf("Inventory.paint({RED: [], PINK: []})"));
    assertEquals("TypeError: Inventory.paint: argument 1 (byColor)[\"__proto__\"] must be a key that is one of"
        + " 'RED', 'GREEN', 'BLUE', got \"__proto__\"", errorOf("Inventory.paint(JSON.parse('{\"__proto__\": []}'))"));
    assertEquals("TypeError: Inventory.paint: argument 1 (byColor)[\"RED\"][0] must be a string or null, got 1",
        errorOf("Inventory.paint({RED: [1]})"));
  }

  @Test
  void exposedObjectsInsideCollectionsKeepTheirIdentity() {
    js.exec("var c = new Counter(3), d = new Counter(4); var back = Inventory.counters([c, d, c]);");
    assertEquals(true, js.eval("back[0] === c && back[1] === d && back[2] === c"));
    assertEquals(true, js.eval("var fresh = Inventory.counterIf(true); fresh instanceof Counter && fresh.value === 7"));
    assertEquals(true, js.eval("var w = Inventory.withNull(c); w.length === 2 && w[0] === c && w[1] === null"));
    assertEquals(true, js.eval("Inventory.counterIf(false) === undefined"));
    assertEquals(true, js.eval("var f = Inventory.fresh(50); f.length === 50 && f.every(function (x, i) {"
        + " return x instanceof Counter && x.value === i && f.indexOf(x) === i; })"));
    assertEquals(true, js.eval("Inventory.counters(f)[49] === f[49]"));
    assertEquals("TypeError: Inventory.counters: argument 1 (counters)[1] must be a Counter, got an object",
        errorOf("Inventory.counters([c, {}])"));
    assertEquals("TypeError: Inventory.counters: argument 1 (counters)[1] must be a Counter, got a Inventory",
        errorOf("Inventory.counters([c, inv])"));
    assertEquals("TypeError: Inventory.counters: argument 1 (counters)[0] must be a Counter, got null",
        errorOf("Inventory.counters([null])"));
  }

  @Test
  void optionalsAreValueOrUndefined() {
    assertEquals("x!", js.eval("Inventory.find('x')"));
    assertEquals(true, js.eval("Inventory.find('') === undefined"));
    assertEquals("empty", js.eval("Inventory.orElse(undefined)"));
    assertEquals("v", js.eval("Inventory.orElse('v')"));
    assertEquals("TypeError: Inventory.orElse: argument 1 (value) must be a string or undefined, got null",
        errorOf("Inventory.orElse(null)"));
    assertEquals("TypeError: Inventory.orElse: argument 1 (value) must be a string or undefined, got 5",
        errorOf("Inventory.orElse(5)"));
    assertEquals("TypeError: Inventory.orElse: expected 1 argument, got 0", errorOf("Inventory.orElse()"));
    assertEquals("[1,null,3]", json("Inventory.optionals([1, undefined, 3])"));
    assertEquals(true, js.eval("var o = Inventory.optionals([undefined]); o.length === 1 && o[0] === undefined"));
  }

  @Test
  void stringsKeepEveryUtf16Unit() {
    js.exec("var odd = ['\\ud800', 'a\\udc00b', '\\ud83d\\ude00', 'nul\\u0000nul', '', '\\u00e9\\u4e2d'];");
    assertEquals(true, js.eval("var back = Inventory.upper(odd); back.length === 6 && back[0] === '\\ud800'"
        + " && back[1] === 'A\\udc00B' && back[2] === '\\ud83d\\ude00' && back[3] === 'NUL\\u0000NUL'"
        + " && back[4] === '' && back[5] === '\\u00c9\\u4e2d'"));
    assertEquals(true, js.eval("var m = Inventory.lengths(odd); m['nul\\u0000nul'] === 7 && m['\\ud800'] === 1"
        + " && m['\\ud83d\\ude00'] === 2"));
  }

  @Test
  void primitiveOptionalsToo() {
    assertEquals(4, js.eval("Inventory.firstEven([1, 3, 4, 6])"));
    assertEquals(true, js.eval("Inventory.firstEven([1]) === undefined"));
    assertEquals(9007199254740991L, ((Number) js.eval("Inventory.orZero(9007199254740991)")).longValue());
    assertEquals(0, ((Number) js.eval("Inventory.orZero(undefined)")).intValue());
    assertEquals(1.5, js.eval("Inventory.mean([1, 2])"));
    assertEquals(true, js.eval("Inventory.mean([]) === undefined"));
    assertEquals("RangeError: Inventory.orZero: argument 1 (value) must be a long (a safe integer, |n| <= 2^53-1)"
        + " or undefined, got 9007199254740992", errorOf("Inventory.orZero(9007199254740992)"));
  }

  @Test
  void valueObjectsCrossAsPlainObjects() {
    assertEquals("{\"x\":3,\"y\":5}", json("Inventory.move({x: 1, y: 2}, 2, 3)"));
    assertEquals(true, js.eval("Object.getPrototypeOf(Inventory.move({x: 1, y: 2}, 0, 0)) === Object.prototype"));
    assertEquals("[ax1, bx2(n)]", js.eval("Inventory.describeItems([{name: 'a', count: 1}, {name: 'b', count: 2, note: 'n', extra: true}])"));
    // Getters and inherited properties count, as for any property read.
    assertEquals("[gx3]", js.eval("Inventory.describeItems([Object.create({name: 'g'}, {count: {get: function () { return 3; }}})])"));
    js.exec("var c = new Counter(9);"
        + " var order = {id: 'o1', items: [{name: 'a', count: 1}], where: {x: 1, y: 2}, colors: {door: 'RED'}, counter: c};");
    assertEquals("o1 [ax1] at (1, 2) {door=RED} counter 9", js.eval("Inventory.orderText(order)"));
    assertEquals("{\"id\":\"o1\",\"items\":[{\"name\":\"a\",\"count\":1}],\"where\":{\"x\":1,\"y\":2},"
        + "\"colors\":{\"door\":\"RED\"},\"counter\":{\"internalCalls\":0,\"kind\":\"counter\",\"value\":9}}", json("Inventory.order(order)"));
    assertEquals(true, js.eval("Inventory.order(order).counter === c"));
    assertEquals(7, js.eval("Inventory.treeSize({name: 'r', children: [{name: 'a', children: []},"
        + " {name: 'b', children: [{name: 'c', children: []}, {name: 'd', children: [{name: 'e', children: []},"
        + " {name: 'f', children: []}]}]}]})"));
    assertEquals(15, js.eval("(function size(n) { return n.children.reduce(function (s, c) { return s + size(c); }, 1); })"
        + "(Inventory.tree(3))"));
  }

  @Test
  void badElementsNameTheirPath() {
    assertEquals("TypeError: Inventory.sum: argument 1 (values)[3] must be " + INT + ", got \"x\"",
        errorOf("Inventory.sum([1, 2, 3, 'x'])"));
    assertEquals("RangeError: Inventory.sum: argument 1 (values)[0] must be " + INT + ", got 2147483648",
        errorOf("Inventory.sum([2147483648])"));
    assertEquals("TypeError: Inventory.sum: argument 1 (values)[0] must be " + INT + ", got 1.5",
        errorOf("Inventory.sum([1.5])"));
    assertEquals("TypeError: Inventory.sum: argument 1 (values) must be an array, got \"1,2\"",
        errorOf("Inventory.sum('1,2')"));
    assertEquals("TypeError: Inventory.sum: argument 1 (values) must be an array, got null",
        errorOf("Inventory.sum(null)"));
    assertEquals("TypeError: Inventory.describe: argument 1 (scores)[\"bob\"][1] must be " + INT
        + " or null, got \"x\"", errorOf("Inventory.describe({al: [], bob: [1, 'x']})"));
    assertEquals("TypeError: Inventory.describe: argument 1 (scores) must be an object, got an object",
        errorOf("Inventory.describe([])"));
    assertEquals("TypeError: Inventory.nested: argument 1 (value)[1][\"b\"][0] must be " + INT + ", got true",
        errorOf("Inventory.nested([{a: []}, {b: [true]}])"));
    assertEquals("TypeError: Inventory.sorted: argument 1 (values) must be a Set, got an object",
        errorOf("Inventory.sorted(['a'])"));
    assertEquals("TypeError: Inventory.sorted: argument 1 (values)[1] must be a string or null, got 2",
        errorOf("Inventory.sorted(new Set(['a', 2]))"));
    assertEquals("TypeError: Inventory.colors: argument 1 (colors)[0] must be one of 'RED', 'GREEN', 'BLUE' or null,"
        + " got \"red\"", errorOf("Inventory.colors(['red'])"));
    assertEquals("TypeError: Inventory.move: argument 1 (point).y must be " + INT + ", got undefined",
        errorOf("Inventory.move({x: 1}, 0, 0)"));
    assertEquals("TypeError: Inventory.move: argument 1 (point) must be a Point object, got null",
        errorOf("Inventory.move(null, 0, 0)"));
    assertEquals("TypeError: Inventory.order: argument 1 (order).items[0].count must be " + INT + ", got \"1\"",
        errorOf("Inventory.order({id: 'o', items: [{name: 'a', count: '1'}], where: {x: 0, y: 0}, colors: {},"
            + " counter: new Counter(0)})"));
    assertEquals("TypeError: Inventory.order: argument 1 (order).counter must be a Counter, got an object",
        errorOf("Inventory.order({id: 'o', items: [], where: {x: 0, y: 0}, colors: {}, counter: {}})"));
    assertEquals("TypeError: Inventory.featured: the value.name must be a string or null, got 1",
        errorOf("inv.featured = {name: 1, count: 0}"));
  }

  @Test
  void javaFailuresWhileCopyingAreErrors() {
    assertEquals("TypeError: a Point has no negative coordinates: -1, 0", errorOf("Inventory.move({x: -1, y: 0}, 0, 0)"));
    assertEquals("TypeError: the result[1] is null, but an array cannot be null inside a value JavaScript gets a copy of",
        errorOf("Inventory.broken()"));
    assertEquals("TypeError: the result has a null map key, which cannot be a JavaScript property name",
        errorOf("Inventory.nullKey()"));
    assertEquals("RangeError: the long 9007199254740992 in the result cannot cross as a JavaScript number exactly"
        + " (|n| must be <= 2^53-1)", errorOf("Inventory.longs(9007199254740991)"));
  }

  @Test
  void propertiesAndStaticFieldsCopy() {
    js.exec("inv.names = ['a', 'b']; inv.tags = new Set(['x']); Inventory.stock = {pens: 3};");
    Inventory inventory = (Inventory) js.eval("inv");
    assertEquals(Arrays.asList("a", "b"), inventory.names);
    assertEquals(Collections.singleton("x"), inventory.getTags());
    assertEquals(Collections.singletonMap("pens", 3), Inventory.stock);
    assertEquals("[\"a\",\"b\"]", json("inv.names"));
    assertEquals("{\"pens\":3}", json("Inventory.stock"));
    assertEquals("{\"name\":\"pen\",\"count\":1}", json("inv.featured"));
    js.exec("inv.featured = {name: 'ink', count: 2, note: 'blue'};");
    assertEquals("inkx2(blue)", inventory.featured.toString());
  }

  @Test
  void copiesAreCopies() {
    js.exec("var names = ['a']; inv.names = names; names.push('b'); var got = inv.names; got.push('c');");
    Inventory inventory = (Inventory) js.eval("inv");
    assertEquals(Collections.singletonList("a"), inventory.names);
    inventory.names.add("z");
    assertEquals("[\"c\"]", json("[got[got.length - 1]]"));
    assertEquals("[\"a\",\"z\"]", json("inv.names"));
    assertEquals(false, js.eval("inv.names === inv.names"));
    js.exec("var f = inv.featured; f.count = 99;");
    assertEquals(1, inventory.featured.count);
  }

  @Test
  void overloadsTellArraysSetsStringsAndObjectsApart() {
    assertEquals("list of 2", js.eval("Inventory.kind(['a', 'b'])"));
    assertEquals("set of 1", js.eval("Inventory.kind(new Set(['a']))"));
    assertEquals("string s", js.eval("Inventory.kind('s')"));
    assertEquals("string null", js.eval("Inventory.kind(null)"));
    assertEquals("point (1, 2)", js.eval("Inventory.kind({x: 1, y: 2})"));
    assertEquals("TypeError: Inventory.kind: argument 1 must be a Point object, a string or null, an array or a Set,"
        + " got 5", errorOf("Inventory.kind(5)"));
    assertEquals("TypeError: Inventory.kind: argument 1 must be a Point object, a string or null, an array or a Set,"
        + " got a wrapped Java object of another class", errorOf("Inventory.kind(new Counter(0))"));
  }
}
