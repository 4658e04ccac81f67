package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsbind.runtime.JsException;
import dev.jsbind.runtime.JsRuntime;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Futures returned to scripts are promises settled on the engine thread; script promises passed
 * to Java complete futures. V8 runs {@code then} callbacks after each call from Java returns, so
 * the host never pumps anything.
 */
class PromisesTest extends V8TestSupport {

  @BeforeEach
  void installCallbacks() {
    Callbacks.reset();
    js.install(Callbacks.class);
    js.exec("var got = [];"
        + "function record(p) { p.then(function (v) { got.push('value ' + String(v)); },"
        + " function (e) { got.push((e instanceof Error ? '' : 'non-Error ') + e.name + ': ' + e.message); }); }");
  }

  /** What the script's {@code then} callbacks recorded, once the owner's next call ran. */
  private String recorded() {
    return (String) js.eval("got.join('; ')");
  }

  @Test
  void completedFuturesResolveRightAfterTheCurrentTask() {
    js.exec("record(Callbacks.done(42)); record(Callbacks.nothing());"
        + "Callbacks.counterLater().then(function (c) { got.push('counter ' + c.value + ' ' + (c instanceof Counter)); });");
    assertEquals("value 42; value undefined; counter 41 true", recorded());
  }

  @Test
  void futuresCompletedOnOtherThreadsSettleOnTheEngineThread() throws Exception {
    js.exec("record(Callbacks.later());");
    final CompletableFuture<String> pending = Callbacks.pending;
    Thread worker = new Thread(() -> pending.complete("from a worker"));
    worker.start();
    worker.join();
    assertEquals("value from a worker", recorded());
  }

  @Test
  void failedFuturesRejectWithTheErrorAThrownExceptionWouldGive() throws Exception {
    js.exec("record(Callbacks.later());");
    final CompletableFuture<String> pending = Callbacks.pending;
    Thread worker = new Thread(() -> pending.completeExceptionally(new IllegalArgumentException("no such thing")));
    worker.start();
    worker.join();
    assertEquals("TypeError: no such thing", recorded());
    js.exec("got = []; record(Callbacks.tooBig());");
    assertEquals("RangeError: the long 1152921504606846976 cannot cross as a JavaScript number exactly"
        + " (|n| must be <= 2^53-1)", recorded());
  }

  @Test
  void scriptPromisesCompleteJavaFutures() throws Exception {
    js.exec("var resolve; Callbacks.await(new Promise(function (r) { resolve = r; }));");
    CompletableFuture<Integer> future = Callbacks.fromScript;
    assertFalse(future.isDone());
    js.exec("resolve(7);");
    assertEquals(Integer.valueOf(7), future.get(10, TimeUnit.SECONDS));
    js.exec("Callbacks.await(Promise.resolve(8)); Callbacks.chain({then: function (ok) { ok('thenable'); }});");
    assertEquals(Integer.valueOf(8), Callbacks.fromScript.get(10, TimeUnit.SECONDS));
    assertEquals(Arrays.asList("chained thenable"), Callbacks.log);
  }

  @Test
  void rejectedOrIllTypedScriptPromisesFailJavaFuturesWithJsExceptions() {
    js.exec("Callbacks.await(Promise.reject(new RangeError('nope')));");
    JsException rejected = cause(Callbacks.fromScript);
    assertEquals("RangeError", rejected.getName());
    assertEquals("nope", rejected.getJsMessage());
    assertTrue(rejected.getJsStack().contains("RangeError: nope"), rejected.getJsStack());
    js.exec("Callbacks.await(Promise.resolve('7'));");
    JsException illTyped = cause(Callbacks.fromScript);
    assertEquals("TypeError: Callbacks.await: argument 1 (promise): its value must be an int (an integer from"
        + " -2147483648 to 2147483647) or null, got \"7\"", illTyped.getMessage());
    assertEquals("TypeError: Callbacks.await: argument 1 (promise) must be a Promise, got 7", errorOf("Callbacks.await(7)"));
    assertEquals("TypeError: Callbacks.await: argument 1 (promise) must be a Promise, got an object",
        errorOf("Callbacks.await({then: 1})"));
  }

  @Test
  void hostileThenablesOnlyEverRunInJavaScript() {
    js.exec("Callbacks.await(new Proxy({}, {get: function (t, k) { if (k === 'then') return function (ok, no) {"
        + " no(new Error('proxied')); }; throw new Error('trap'); }}));");
    assertEquals("proxied", cause(Callbacks.fromScript).getJsMessage());
  }

  @Test
  void futuresStillWaitingAtCloseCompleteExceptionally() {
    js.exec("Callbacks.await(new Promise(function () {})); record(Callbacks.later());");
    CompletableFuture<Integer> waiting = Callbacks.fromScript;
    js.close();
    ExecutionException e = assertThrows(ExecutionException.class, () -> waiting.get(10, TimeUnit.SECONDS));
    assertEquals("the JsRuntime was closed before the promise settled", e.getCause().getMessage());
    Callbacks.pending.complete("too late"); // dropped: no engine to settle it on, and nothing leaks
  }

  @Test
  void ownerCanWaitForAScriptPromise() throws Exception {
    js.exec("Callbacks.await(Callbacks.done(5).then(function (v) { return v * 2; }));");
    assertEquals(Integer.valueOf(10), Callbacks.fromScript.get(10, TimeUnit.SECONDS));
  }

  @Test
  void theOwnerCanEvaluateToAPromiseAndWaitForIt() throws Exception {
    final CompletableFuture<Object> answer = js.evalPromise("Callbacks.later().then(function (s) { return s + '!'; })");
    assertFalse(answer.isDone());
    Thread worker = new Thread(() -> Callbacks.pending.complete("settled"));
    worker.start();
    assertEquals("settled!", answer.get(10, TimeUnit.SECONDS)); // no pumping: the engine settles it
    worker.join();
    assertEquals(Integer.valueOf(3), js.evalPromise("1 + 2").get());
    assertTrue(js.evalPromise("Callbacks.counterLater()").get() instanceof Counter);
    ExecutionException rejected = assertThrows(ExecutionException.class,
        () -> js.evalPromise("Promise.reject(new TypeError('no'))").get(10, TimeUnit.SECONDS));
    assertEquals("TypeError: no", rejected.getCause().getMessage());
    ExecutionException function = assertThrows(ExecutionException.class,
        () -> js.evalPromise("Promise.resolve(function () {})").get(10, TimeUnit.SECONDS));
    assertTrue(function.getCause().getMessage().contains("has no Java equivalent"), function.getCause().getMessage());
    assertThrows(JsException.class, () -> js.evalPromise("throw new Error('at once')"));
    CompletableFuture<Object> never = js.evalPromise("new Promise(function () {})");
    js.close();
    assertThrows(ExecutionException.class, () -> never.get(10, TimeUnit.SECONDS));
  }

  @Test
  void aScriptFunctionCalledByTheOwnerMayReturnASettledPromise() throws Exception {
    js.exec("Callbacks.keepFetcher(function (n) { return Promise.resolve('v' + n); });");
    assertEquals("v4", Callbacks.fetcher.apply(4).get(10, TimeUnit.SECONDS));
    js.exec("Callbacks.keepFetcher(function (n) { return Promise.reject(new Error('gone ' + n)); });");
    assertEquals("gone 5", cause(Callbacks.fetcher.apply(5)).getJsMessage());
  }

  @Test
  void manyPromisesFromManyThreads() throws Exception {
    js.exec("var sum = 0; function add(p) { p.then(function (v) { sum += v.length; }); }");
    Thread[] workers = new Thread[8];
    for (int w = 0; w < workers.length; w++) {
      final CompletableFuture<?>[] futures = new CompletableFuture<?>[100];
      for (int i = 0; i < futures.length; i++) {
        js.exec("add(Callbacks.later());");
        futures[i] = Callbacks.pending;
      }
      workers[w] = new Thread(() -> {
        for (CompletableFuture<?> f : futures) {
          ((CompletableFuture<String>) f).complete("abc");
        }
      });
    }
    for (Thread worker : workers) {
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    assertEquals(2400, ((Number) js.eval("sum")).intValue());
  }

  private static JsException cause(CompletableFuture<?> future) {
    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    assertTrue(e.getCause() instanceof JsException, String.valueOf(e.getCause()));
    return (JsException) e.getCause();
  }

  @Test
  void aRuntimeWithoutPendingWorkClosesCleanly() {
    JsRuntime other = JsRuntime.create();
    other.install(Callbacks.class);
    other.exec("Callbacks.done(1).then(function () {});");
    other.close();
  }
}
