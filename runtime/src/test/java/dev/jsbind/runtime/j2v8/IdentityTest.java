package dev.jsbind.runtime.j2v8;

import static org.junit.jupiter.api.Assertions.*;

import dev.jsbind.runtime.fixtures.Counter;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

class IdentityTest extends RuntimeTestSupport {

  @Test
  void theSameJavaObjectIsTheSameJavaScriptObject() {
    Counter shared = new Counter(1);
    js.set("a", shared);
    js.set("b", shared);
    assertEquals(true, js.eval("a === b && a.self() === a && a.self().self() === b"));
    assertSame(shared, js.eval("a.self()"));
    assertEquals(true, js.eval("var c = new Counter(3); c.self() === c"), "constructed wrappers keep identity too");
  }

  @Test
  void wrappersAreOrdinaryExtensibleObjectsOfTheirClass() {
    assertEquals(true, js.eval("var c = new Counter(1); c.note = 'x'; c.note === 'x' && c instanceof Counter"
        + " && Object.getPrototypeOf(c) === Counter.prototype && c.constructor === Counter"));
  }

  @Test
  void prototypesAndConstructorsAreFrozen() {
    assertEquals(true, js.eval("Object.isFrozen(Counter.prototype) && Object.isFrozen(Counter)"));
    js.exec("Counter.prototype.add = function () { return 'hijacked' }");
    assertEquals(3, js.eval("new Counter(1).add(2)"));
  }

  @Test
  void javaScriptSubclassesGetTheirPrototype() {
    assertEquals(true, js.eval("class Sub extends Counter { twice(n) { this.add(n); return this.add(n) } }"
        + " var s = new Sub(1); s instanceof Sub && s instanceof Counter && s.twice(2) === 5"));
  }

  @Test
  void droppedWrappersReleaseTheirJavaObjects() {
    J2v8Runtime runtime = (J2v8Runtime) js;
    js.exec("var kept = []; for (var i = 0; i < 1000; i++) kept.push(Counter.zero())");
    for (int round = 0; round < 5; round++) {
      js.exec("for (var i = 0; i < 200000; i++) Counter.zero()");
      // Bounded by the table's collection threshold (16384) plus what scripts keep, not by 10^6.
      assertTrue(runtime.wrappedObjectCount() < 16384 + 1000 + 100, "round " + round + ": " + runtime.wrappedObjectCount());
    }
    assertEquals(1000, ((Number) js.eval("kept.filter(function (c) { return c.value === 0 }).length")).intValue());
    assertEquals(true, js.eval("kept[0].self() === kept[0]"), "kept wrappers keep their identity");
  }

  /**
   * Issue 3's lifetime bound: a million objects, half made in JavaScript ({@code new}) and half
   * handed from Java, all dropped, leave the Java heap, the id table and the handle count where a
   * first hundred thousand left them. Keeping them would cost ~190 MB of heap per million.
   */
  @Test
  void aMillionDroppedObjectsKeepHeapTableAndHandlesFlat() {
    J2v8Runtime runtime = (J2v8Runtime) js;
    String churn = "for (var i = 0; i < 50000; i++) { new Counter(i).add(1); Counter.zero(); }";
    js.exec(churn);
    WeakReference<Object> early = new WeakReference<Object>(js.eval("new Counter(7)"));
    long handles = runtime.openHandleCount();
    long heap = usedHeapAfterGc();
    int peakTable = 0;
    for (int round = 0; round < 10; round++) {
      js.exec(churn);
      peakTable = Math.max(peakTable, runtime.wrappedObjectCount());
    }
    long grown = usedHeapAfterGc() - heap;
    assertTrue(grown < 16L << 20, "Java heap grew by " + grown + " bytes over 1,000,000 dropped objects");
    assertTrue(peakTable < 2 * 16384 + 100, "id table reached " + peakTable + " entries");
    assertEquals(handles, runtime.openHandleCount(), "strong J2V8 handles");
    assertNull(early.get(), "a Java object whose wrapper scripts dropped was not collected");
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
