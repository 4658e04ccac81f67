package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsbind.runtime.JsException;
import dev.jsbind.runtime.JsMemoryLimitException;
import dev.jsbind.runtime.JsOptions;
import dev.jsbind.runtime.JsRuntime;
import dev.jsbind.runtime.JsTimeoutException;
import dev.jsbind.runtime.j2v8.J2v8Runtime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Work posted to a runtime from other threads: {@code JsRuntime.submit} and {@code JsRuntime.executor()}. */
class PostedTasksTest extends V8TestSupport {
  private static final long LIMIT = 150;
  private ExecutorService pool;

  @BeforeEach
  void installAndStartPool() {
    Callbacks.reset();
    Posting.hook = null;
    js.install(Callbacks.class);
    js.install(Posting.class);
    pool = Executors.newFixedThreadPool(4);
  }

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void aFutureCompletedOnAPoolThreadCallsAKeptScriptListenerThroughTheExecutor() throws Exception {
    js.exec("var got = []; Callbacks.keep(function (s) { got.push(s + ' ' + typeof Counter); });");
    Consumer<String> listener = Callbacks.kept;
    CompletableFuture<String> price = new CompletableFuture<String>();
    CompletableFuture<Void> heard = price.thenAcceptAsync(listener, js.executor());
    pool.submit(() -> price.complete("42")).get(10, TimeUnit.SECONDS); // completed on a pool thread
    heard.get(10, TimeUnit.SECONDS);
    assertEquals("42 function", js.eval("got.join()"));
    // Many, completed on several pool threads at once: each listener call arrives.
    List<CompletableFuture<Void>> all = new ArrayList<CompletableFuture<Void>>();
    for (int i = 0; i < 200; i++) {
      final String value = "v" + i;
      all.add(CompletableFuture.supplyAsync(() -> value, pool).thenAcceptAsync(listener, js.executor()));
    }
    CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);
    assertEquals(201, js.eval("got.length"));
    assertEquals(0, ((J2v8Runtime) js).openHandleCount());
    assertEquals("", ((J2v8Runtime) js).boundaryLeftovers());
  }

  @Test
  void aKeptScriptFunctionCalledOnAPoolThreadFailsNamingTheExecutor() throws Exception {
    js.exec("var got = []; Callbacks.keep(function (s) { got.push(s); });");
    CompletableFuture<String> price = new CompletableFuture<String>();
    CompletableFuture<Void> lost = price.thenAccept(Callbacks.kept); // runs where price completes
    pool.submit(() -> price.complete("42")).get(10, TimeUnit.SECONDS);
    ExecutionException e = assertThrows(ExecutionException.class, () -> lost.get(10, TimeUnit.SECONDS));
    assertTrue(e.getCause() instanceof IllegalStateException, String.valueOf(e.getCause()));
    String message = e.getCause().getMessage();
    assertTrue(message.contains("cannot be called from thread 'pool-"), message);
    assertTrue(message.contains("use runtime.executor() to run it on the runtime's thread"), message);
    assertTrue(message.contains("future.thenAcceptAsync(listener, runtime.executor())"), message);
    assertEquals("", js.eval("got.join()"));
    // Any other use of the runtime from a foreign thread names the way too.
    Future<Throwable> other = pool.submit(() -> {
      try {
        js.eval("1");
        return null;
      } catch (Throwable t) {
        return t;
      }
    });
    Throwable refused = other.get(10, TimeUnit.SECONDS);
    assertTrue(refused instanceof IllegalStateException, String.valueOf(refused));
    assertTrue(refused.getMessage().contains("use runtime.submit(task) or runtime.executor()"), refused.getMessage());
  }

  @Test
  void tasksFromSeveralThreadsRunInTheOrderTheyWereQueued() throws Exception {
    js.exec("var order = []; Callbacks.keep(function (s) { order.push(s); });");
    final Consumer<String> listener = Callbacks.kept;
    final List<String> queued = Collections.synchronizedList(new ArrayList<String>());
    final Object queueing = new Object();
    List<Future<?>> producers = new ArrayList<Future<?>>();
    for (int t = 0; t < 4; t++) {
      final int thread = t;
      producers.add(pool.submit(() -> {
        for (int i = 0; i < 250; i++) {
          final String id = thread + ":" + i;
          synchronized (queueing) { // the queueing order, as the runtime saw it
            queued.add(id);
            if (i % 2 == 0) {
              js.executor().execute(() -> listener.accept(id));
            } else {
              js.submit(() -> js.eval("order.push('" + id + "')"));
            }
          }
        }
      }));
    }
    for (Future<?> producer : producers) {
      producer.get(30, TimeUnit.SECONDS);
    }
    js.submit(() -> null).get(30, TimeUnit.SECONDS); // queued after all of them: they ran
    assertEquals(1000, js.eval("order.length"));
    assertEquals(String.join(",", queued), js.eval("order.join()"));
    assertEquals(0, ((J2v8Runtime) js).openHandleCount());
  }

  @Test
  void aTaskQueuedWhileAScriptRunsRunsAfterIt() throws Exception {
    js.exec("var log = [];");
    final List<CompletableFuture<Object>> posted = new ArrayList<CompletableFuture<Object>>();
    Posting.hook = () -> {
      // From another thread, and from the engine thread itself (a Java member posting).
      try {
        posted.add(pool.submit(() -> js.submit(() -> js.eval("log.push('from pool')"))).get(10, TimeUnit.SECONDS));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
      posted.add(js.submit(() -> js.eval("log.push('from member')")));
      try {
        Thread.sleep(50); // a chance to interleave, were tasks not kept for later
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    js.exec("log.push('before'); Posting.during(); log.push('after');");
    for (CompletableFuture<Object> future : posted) {
      future.get(10, TimeUnit.SECONDS);
    }
    assertEquals("before,after,from pool,from member", js.eval("log.join()"));
  }

  @Test
  void aTaskMayUseItsRuntimeAsTheOwnerDoes() throws Exception {
    js.exec("Callbacks.keep(function (s) { last = s; });");
    Object result = pool.submit(() -> js.submit(() -> {
      assertSame(js, JsRuntime.current());
      js.install(Box.class);
      js.set("given", "from a task");
      Callbacks.kept.accept("kept call");
      return js.eval("given + ' / ' + last + ' / ' + typeof Box");
    })).get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
    assertEquals("from a task / kept call / function", result);
    // Calls from the owner work exactly as before, also while tasks are queued.
    CompletableFuture<Object> later = js.submit(() -> js.eval("last"));
    assertEquals("kept call", js.eval("last"));
    assertEquals("kept call", later.get(10, TimeUnit.SECONDS));
  }

  @Test
  void aThrowingTaskFailsItsFutureAndTheRuntimeGoesOn() throws Exception {
    CompletableFuture<Object> thrown = js.submit(() -> {
      throw new IllegalArgumentException("boom");
    });
    ExecutionException e = assertThrows(ExecutionException.class, () -> thrown.get(10, TimeUnit.SECONDS));
    assertTrue(e.getCause() instanceof IllegalArgumentException, String.valueOf(e.getCause()));
    assertEquals("boom", e.getCause().getMessage());
    CompletableFuture<Object> script = js.submit(() -> js.eval("null.x"));
    ExecutionException s = assertThrows(ExecutionException.class, () -> script.get(10, TimeUnit.SECONDS));
    assertTrue(s.getCause() instanceof JsException, String.valueOf(s.getCause()));
    assertEquals("TypeError", ((JsException) s.getCause()).getName());
    // A dependent stage run through the executor fails with what the listener threw.
    js.exec("Callbacks.keep(function (s) { throw new RangeError('bad ' + s); });");
    CompletableFuture<Void> heard = CompletableFuture.completedFuture("x").thenAcceptAsync(Callbacks.kept, js.executor());
    ExecutionException l = assertThrows(ExecutionException.class, () -> heard.get(10, TimeUnit.SECONDS));
    assertEquals("RangeError: bad x", l.getCause().getMessage());
    assertEquals(2, js.eval("1 + 1"));
    assertEquals("still", js.submit(() -> "still").get(10, TimeUnit.SECONDS));
    assertEquals("", ((J2v8Runtime) js).boundaryLeftovers());
  }

  @Test
  void aThrowingCommandGoesToTheUncaughtExceptionHandler() throws Exception {
    final AtomicReference<Throwable> reported = new AtomicReference<Throwable>();
    final AtomicReference<Thread> where = new AtomicReference<Thread>();
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
      where.set(thread);
      reported.set(failure);
    });
    try {
      js.executor().execute(() -> {
        throw new IllegalStateException("command failed");
      });
      js.executor().execute(() -> js.exec("undefined()"));
      assertEquals("ran", js.submit(() -> "ran").get(10, TimeUnit.SECONDS)); // after both
      assertTrue(reported.get() instanceof JsException, String.valueOf(reported.get()));
      assertEquals("TypeError", ((JsException) reported.get()).getName());
      assertTrue(where.get().getName().startsWith("jsbind-engine-"), where.get().getName());
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(before);
    }
    assertEquals(2, js.eval("1 + 1"));
  }

  @Test
  @Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a runaway task would block close()
  void aRunawayScriptInATaskHitsTheTimeLimitAndTheRuntimeStaysUsable() throws Exception {
    try (JsRuntime limited = JsRuntime.create(JsOptions.defaults().timeLimitMillis(LIMIT))) {
      limited.install(Callbacks.class);
      limited.exec("Callbacks.keep(function (s) { if (s === 'spin') for (;;) {} last = s; });");
      final Consumer<String> kept = Callbacks.kept;
      List<CompletableFuture<?>> runaways = new ArrayList<CompletableFuture<?>>();
      runaways.add(limited.submit(() -> limited.eval("for (;;) {}")));
      runaways.add(limited.submit(() -> {
        kept.accept("spin"); // a kept script function, called by the task
        return null;
      }));
      runaways.add(CompletableFuture.completedFuture("spin").thenAcceptAsync(kept, limited.executor()));
      runaways.add(limited.submit(() -> limited.eval("Promise.resolve().then(function () { for (;;) {} }); 1")));
      // A task that catches its script's termination has still overrun: it fails, and its next
      // script does not run unbounded.
      runaways.add(limited.submit(() -> {
        try {
          limited.exec("for (;;) {}");
        } catch (JsTimeoutException caught) {
          limited.exec("for (;;) {}");
        }
        return "caught";
      }));
      // Java code in a task is not interrupted, but the task still fails.
      runaways.add(limited.submit(() -> {
        Thread.sleep(LIMIT + 100);
        return "slept";
      }));
      for (CompletableFuture<?> runaway : runaways) {
        long start = System.nanoTime();
        ExecutionException e = assertThrows(ExecutionException.class, () -> runaway.get(30, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof JsTimeoutException, String.valueOf(e.getCause()));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 10_000, "stopped soon after the limit");
        assertEquals(2, limited.eval("1 + 1"), "the runtime goes on");
      }
      limited.submit(() -> {
        kept.accept("fine");
        return null;
      }).get(10, TimeUnit.SECONDS);
      assertEquals("fine", limited.eval("last"));
      assertEquals("within", limited.submit(() -> limited.eval("'within'")).get(10, TimeUnit.SECONDS));
      assertEquals(0, ((J2v8Runtime) limited).openHandleCount());
      assertEquals("", ((J2v8Runtime) limited).boundaryLeftovers());
    }
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // unwatched, it would grow until V8 aborts
  void aTaskThatGrowsMemoryPastTheBudgetFailsAndTheRuntimeStaysOpen() throws Exception {
    try (JsRuntime limited = JsRuntime.create(JsOptions.defaults().memoryLimitBytes(64L * 1024 * 1024))) {
      CompletableFuture<Object> grows = limited.submit(() -> limited.eval(
          "(function () { var keep = []; for (;;) keep.push(new Float64Array(1 << 17).fill(1)); })()"));
      ExecutionException e = assertThrows(ExecutionException.class, () -> grows.get(60, TimeUnit.SECONDS));
      assertTrue(e.getCause() instanceof JsMemoryLimitException, String.valueOf(e.getCause()));
      assertFalse(limited.isClosed(), "as for a settlement, the runtime stays open");
      assertEquals(2, limited.eval("1 + 1"));
      assertEquals(0, ((J2v8Runtime) limited).openHandleCount());
    }
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // untimed, the call would never return
  void aKeptScriptFunctionTheOwnerCallsOutsideAScriptIsTimedToo() {
    try (JsRuntime limited = JsRuntime.create(JsOptions.defaults().timeLimitMillis(LIMIT))) {
      limited.install(Callbacks.class);
      limited.exec("Callbacks.keep(function (s) { if (s === 'spin') for (;;) {}"
          + " if (s === 'later') Promise.resolve().then(function () { for (;;) {} }); last = s; });");
      Consumer<String> kept = Callbacks.kept;
      for (String spin : new String[] {"spin", "later"}) {
        long start = System.nanoTime();
        assertThrows(JsTimeoutException.class, () -> kept.accept(spin));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 10_000, "stopped soon after the limit");
        kept.accept("fine");
        assertEquals("fine", limited.eval("last"));
      }
      assertEquals(0, ((J2v8Runtime) limited).openHandleCount());
      assertEquals("", ((J2v8Runtime) limited).boundaryLeftovers());
    }
  }

  @Test
  void anOwnerCallWaitingBehindTasksGetsItsWholeBudget() throws Exception {
    try (JsRuntime limited = JsRuntime.create(JsOptions.defaults().timeLimitMillis(LIMIT))) {
      limited.install(Callbacks.class);
      limited.exec("Callbacks.keep(function (s) { var t = Date.now(); while (Date.now() - t < " + (LIMIT / 2) + ") {} });");
      Consumer<String> kept = Callbacks.kept;
      String busy = "var t = Date.now(); while (Date.now() - t < " + (LIMIT / 2) + ") {} 'done'";
      List<CompletableFuture<Object>> ahead = new ArrayList<CompletableFuture<Object>>();
      for (int i = 0; i < 4; i++) {
        ahead.add(limited.submit(() -> limited.eval(busy))); // each within the limit, together far beyond it
      }
      assertEquals("done", limited.eval(busy)); // waited behind them: only its own run counts
      for (int i = 0; i < 4; i++) {
        ahead.add(limited.submit(() -> limited.eval(busy)));
      }
      kept.accept("x"); // so does a kept function's
      for (CompletableFuture<Object> task : ahead) {
        assertEquals("done", task.get(10, TimeUnit.SECONDS));
      }
    }
  }

  @Test
  void postingAfterCloseIsRejected() {
    js.close();
    assertThrows(RejectedExecutionException.class, () -> js.submit(() -> "late"));
    assertThrows(RejectedExecutionException.class, () -> js.executor().execute(() -> {}));
    assertThrows(NullPointerException.class, () -> js.submit((Callable<Object>) null));
  }

  @Test
  void tasksStillQueuedAtCloseDoNotRunAndTheirFuturesFail() throws Exception {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> running = js.submit(() -> {
      started.countDown();
      release.await(); // holds the engine thread until close() has begun
      return "finished";
    });
    // Running, not merely queued, before close() begins: a task still queued then must not run.
    assertTrue(started.await(10, TimeUnit.SECONDS));
    final AtomicBoolean ran = new AtomicBoolean();
    List<CompletableFuture<Object>> queued = new ArrayList<CompletableFuture<Object>>();
    for (int i = 0; i < 5; i++) {
      queued.add(js.submit(() -> {
        ran.set(true);
        return js.eval("1");
      }));
    }
    js.executor().execute(() -> ran.set(true));
    // Once posting is refused, close() has begun: let the running task finish.
    pool.submit(() -> {
      while (true) {
        try {
          js.submit(() -> null);
        } catch (RejectedExecutionException closing) {
          release.countDown();
          return null;
        }
        Thread.sleep(1);
      }
    });
    js.close();
    assertEquals("finished", running.get(10, TimeUnit.SECONDS));
    for (CompletableFuture<Object> future : queued) {
      ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
      assertTrue(e.getCause() instanceof IllegalStateException, String.valueOf(e.getCause()));
      assertEquals("the JsRuntime was closed before the task ran", e.getCause().getMessage());
    }
    assertFalse(ran.get(), "a task queued before close() ran after it began");
  }
}
