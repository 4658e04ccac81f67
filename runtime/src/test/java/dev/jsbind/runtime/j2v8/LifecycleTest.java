package dev.jsbind.runtime.j2v8;

import static org.junit.jupiter.api.Assertions.*;

import dev.jsbind.runtime.JsException;
import dev.jsbind.runtime.JsRuntime;
import dev.jsbind.runtime.fixtures.Counter;
import dev.jsbind.runtime.fixtures.Probe;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class LifecycleTest extends RuntimeTestSupport {

  private static List<Consumer<JsRuntime>> everyOperation() {
    List<Consumer<JsRuntime>> ops = new ArrayList<>();
    ops.add(r -> r.install(Counter.class));
    ops.add(r -> r.set("x", 1));
    ops.add(r -> r.eval("1"));
    ops.add(r -> r.exec("1"));
    ops.add(JsRuntime::close);
    return ops;
  }

  @Test
  void everyOperationFromAnotherThreadIsAnIllegalStateException() throws Exception {
    for (Consumer<JsRuntime> op : everyOperation()) {
      Throwable thrown = onOtherThread(() -> op.accept(js));
      assertInstanceOf(IllegalStateException.class, thrown);
      assertTrue(thrown.getMessage().contains("cannot be used from thread"), thrown.getMessage());
    }
    assertEquals(3, js.eval("1 + 2"), "the runtime still works on its own thread");
  }

  @Test
  void isClosedCanBeAskedFromAnyThread() throws Exception {
    AtomicReference<Boolean> closed = new AtomicReference<>();
    assertNull(onOtherThread(() -> closed.set(js.isClosed())));
    assertFalse(closed.get());
  }

  @Test
  void everyOperationAfterCloseIsAnIllegalStateException() {
    js.close();
    assertTrue(js.isClosed());
    js.close(); // closing again does nothing
    for (Consumer<JsRuntime> op : everyOperation().subList(0, 4)) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> op.accept(js));
      assertEquals("this JsRuntime is closed", e.getMessage());
    }
  }

  @Test
  void closeFromInsideACallbackIsRefusedAndTheRuntimeStaysUsable() {
    JsException e = assertThrows(JsException.class, () -> js.eval("new Probe().closeCurrent()"));
    assertEquals("Error", e.getName());
    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertTrue(e.getJsMessage().contains("cannot be closed while it runs JavaScript"), e.getJsMessage());
    assertFalse(js.isClosed());
    assertEquals(2, js.eval("1 + 1"));
  }

  @Test
  void currentIsTheRuntimeRunningTheCallbackAndNothingOutside() {
    assertThrows(IllegalStateException.class, JsRuntime::current);
    Probe probe = new Probe();
    js.set("probe", probe);
    js.exec("probe.recordCurrent()");
    assertSame(js, probe.seen);
    assertThrows(IllegalStateException.class, JsRuntime::current, "the scope ends with the script");
  }

  @Test
  void scopesNestAcrossRuntimesOnOneThread() {
    try (JsRuntime other = JsRuntime.create()) {
      other.install(Probe.class);
      Probe outer = new Probe();
      Probe inner = new Probe();
      js.set("outer", outer);
      other.set("inner", inner);
      // A callback of `js` runs a script in `other`, whose callback sees `other`; then `js` again.
      js.set("probe", new Probe());
      other.exec("1");
      js.exec("outer.recordCurrent()");
      assertSame(js, outer.seen);
      other.exec("inner.recordCurrent()");
      assertSame(other, inner.seen);
    }
    assertThrows(IllegalStateException.class, JsRuntime::current);
  }

  @Test
  void aFailedScriptLeavesNoScopeBehind() {
    assertThrows(JsException.class, () -> js.eval("throw new Error('x')"));
    assertThrows(IllegalStateException.class, JsRuntime::current);
  }

  @Test
  void nestedEvalFromACallbackWorksAndItsErrorsPropagate() {
    assertEquals("42", js.eval("new Probe().evalNested('6 * 7')"));
    assertEquals("TypeError: inner", errorOf("new Probe().evalNested('throw new TypeError(\"inner\")')"));
  }

  @Test
  void eightRuntimesOnEightThreadsUnderLoadDoNotTalkToEachOther() throws Exception {
    int threads = 8;
    int calls = Integer.getInteger("jsbind.threadCalls", 100_000);
    List<CompletableFuture<Object>> results = new ArrayList<>();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      for (int t = 0; t < threads; t++) {
        int start = t * 1_000_000;
        results.add(CompletableFuture.supplyAsync(() -> {
          try (JsRuntime own = JsRuntime.create()) {
            own.install(Counter.class);
            Counter shared = new Counter(start);
            own.set("shared", shared);
            Object last = own.eval("var c = new Counter(" + start + "); for (var i = 0; i < " + calls + "; i++) {"
                + " c.add(1); shared.add(1); } c.value === shared.value ? c.value : -1");
            return last.equals(shared.getValue()) ? last : "cross-talk: " + last + " vs " + shared.getValue();
          }
        }, pool));
      }
      for (int t = 0; t < threads; t++) {
        assertEquals(t * 1_000_000 + calls, results.get(t).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void installingTwiceIsHarmlessAndUnknownClassesAreRefused() {
    js.install(Counter.class);
    assertEquals(true, js.eval("typeof Counter === 'function'"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> js.install(String.class));
    assertTrue(e.getMessage().contains("has no jsbind binding"), e.getMessage());
  }

  private static Throwable onOtherThread(Runnable body) throws InterruptedException, ExecutionException {
    return CompletableFuture.supplyAsync(() -> {
      try {
        body.run();
        return null;
      } catch (Throwable t) {
        return t;
      }
    }).get();
  }
}
