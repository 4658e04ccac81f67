package dev.jsbind.runtime.j2v8;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsbind.runtime.fixtures.Shelf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The value codec (values.js, ValueReader, ValueWriter) through a hand-written binding. */
class CopiedValuesTest extends RuntimeTestSupport {

  @BeforeEach
  void installShelf() {
    js.install(Shelf.class);
  }

  @Test
  void arraysCollectionsAndValuesCrossBothWays() {
    assertEquals(6, js.eval("Shelf.sum([1, 2, 3])"));
    assertEquals("[2,4,6]", js.eval("JSON.stringify(Shelf.doubled([1, 2, 3]))"));
    assertEquals("{bob=[1, null], al=[]}", js.eval("Shelf.describe({bob: [1, null], al: []})"));
    assertEquals("a,b", js.eval("Array.from(Shelf.tags(new Set(['a', 'b']))).join()"));
    assertEquals(true, js.eval("var c = new Counter(1); Shelf.counters([c, c])[1] === c"));
    assertEquals(2, js.eval("Shelf.counters([Counter.zero(), Counter.zero()]).length"));
    assertEquals("[{\"name\":\"a\",\"count\":1},{\"name\":\"b\",\"count\":2,\"note\":\"n\"}]",
        js.eval("var s = new Shelf(); s.items = [{name: 'a', count: 1}, {name: 'b', count: 2, note: 'n'}];"
            + " JSON.stringify(s.items)"));
  }

  @Test
  void badElementsAreNamedByPath() {
    assertEquals("TypeError: Shelf.sum: argument 1 (values)[2] must be an int (an integer from -2147483648 to"
        + " 2147483647), got \"x\"", errorOf("Shelf.sum([1, 2, 'x'])"));
    assertEquals("TypeError: Shelf.describe: argument 1 (scores)[\"bob\"][1] must be an int (an integer from"
        + " -2147483648 to 2147483647) or null, got undefined", errorOf("Shelf.describe({bob: [1, undefined]})"));
    assertEquals("TypeError: Shelf.items: the value[0].count must be an int (an integer from -2147483648 to"
        + " 2147483647), got undefined", errorOf("new Shelf().items = [{name: 'a'}]"));
    assertEquals("TypeError: Shelf.counters: argument 1 (counters)[1] must be a Counter, got a Shelf",
        errorOf("Shelf.counters([new Counter(1), new Shelf()])"));
    assertEquals("RangeError: Shelf.sum: argument 1 (values)[0] must be an int (an integer from -2147483648 to"
        + " 2147483647), got 4294967296", errorOf("Shelf.sum([2 ** 32])"));
  }

  @Test
  void largeArraysGrowTheTape() {
    assertEquals(100000, js.eval("var a = []; for (var i = 0; i < 100000; i++) a.push(1); Shelf.sum(a)"));
    assertEquals(200000, js.eval("Shelf.doubled(a).reduce(function (x, y) { return x + y; })"));
  }
}
