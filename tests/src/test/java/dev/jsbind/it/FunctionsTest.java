package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsbind.runtime.JsException;
import dev.jsbind.runtime.JsOptions;
import dev.jsbind.runtime.JsRuntime;
import dev.jsbind.runtime.j2v8.J2v8Runtime;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Script functions called by Java and Java functions called by scripts. */
class FunctionsTest extends V8TestSupport {

  @BeforeEach
  void installCallbacks() {
    Callbacks.reset();
    js.install(Callbacks.class);
  }

  @Test
  void scriptFunctionsImplementFunctionalInterfaces() {
    assertEquals("ok", outcome("Callbacks.applyInt(function (x) { return x * 3; }, 14)", "42"));
    assertEquals("ok", outcome("Callbacks.map(function (x) { return 'n' + x; }, 5)", "'n5'"));
    assertEquals("ok", outcome("Callbacks.sumMapped(function (i) { return i * i; }, 4)", "14"));
    assertEquals("ok", outcome("Callbacks.test(function (s) { return s.length > 2; }, 'abc')", "true"));
    assertEquals("ok", outcome("Callbacks.supply(function () { return new Counter(9); }).value", "9"));
    assertEquals("ok", outcome("Callbacks.pick(function (s) { return s.toUpperCase(); }, 'blue')", "'BLUE'"));
    assertEquals("ok", outcome("Callbacks.compose(function (a) { return function (b) { return a + '+' + b; }; }, 'x', 'y')",
        "'x+y'"));
    assertEquals("ok", outcome("Callbacks.sorted(function (a, b) { return b.length - a.length; }, 'a', 'bb')", "'bba'"));
    assertEquals("ok", outcome("Callbacks.fold(function (a, b) { return a * b; }, 6, 7)", "42"));
    assertEquals("ok", outcome("Callbacks.callIt(function () { return 'called'; })", "'called'"));
    assertEquals("ok", outcome("Callbacks.orDefault(null)", "'default'"));
    assertEquals("ok", outcome("Callbacks.maybe()", "'omitted'"));
    assertEquals("ok", outcome("Callbacks.maybe(undefined)", "'omitted'"));
    assertEquals("ok", outcome("Callbacks.maybe(function () { return 'there'; })", "'there'"));
    assertEquals("ok", outcome("Callbacks.orDefault(function () { return 'given'; })", "'given'"));
  }

  @Test
  void argumentsArriveConvertedAndObjectsKeepTheirIdentity() {
    js.exec("var c = new Counter(4), seen;");
    assertEquals("ok", outcome("Callbacks.paint(function (times, color, counter) { seen = counter;"
        + " return typeof times + times + color + counter.value; }, c)", "'number2GREEN4'"));
    assertEquals("ok", outcome("seen === c", "true"));
  }

  @Test
  void resultsAreCheckedInJavaScriptLikeArguments() {
    assertEquals("TypeError: Callbacks.applyInt: argument 1 (f): its result must be an int (an integer from"
        + " -2147483648 to 2147483647), got \"x\"", errorOf("Callbacks.applyInt(function () { return 'x'; }, 1)"));
    assertEquals("RangeError: Callbacks.applyInt: argument 1 (f): its result must be an int (an integer from"
        + " -2147483648 to 2147483647), got 4294967296", errorOf("Callbacks.applyInt(function () { return 2 * 2147483648; }, 1)"));
    assertEquals("TypeError: Callbacks.supply: argument 1 (s): its result must be a Counter, got an object",
        errorOf("Callbacks.supply(function () { return {}; })"));
    assertEquals("TypeError: Callbacks.pick: argument 1 (f): its result must be one of 'RED', 'GREEN', 'BLUE'"
        + " or null, got \"PURPLE\"", errorOf("Callbacks.pick(function () { return 'PURPLE'; }, 'x')"));
    // Proxies and throwing getters are only ever read in JavaScript.
    assertEquals("TypeError: Callbacks.map: argument 1 (f): its result must be a string or null, got an object",
        errorOf("Callbacks.map(function () { return new Proxy({}, {get: function () { throw 1; }}); }, 1)"));
  }

  @Test
  void nonFunctionsAreRejectedNamingTheArgument() {
    assertEquals("TypeError: Callbacks.map: argument 1 (f) must be a function, got null", errorOf("Callbacks.map(null, 1)"));
    assertEquals("TypeError: Callbacks.map: argument 1 (f) must be a function, got an object", errorOf("Callbacks.map({}, 1)"));
    assertEquals("TypeError: Callbacks.orDefault: argument 1 (s) must be a function or null, got 3",
        errorOf("Callbacks.orDefault(3)"));
  }

  @Test
  void scriptExceptionsReachJavaAndGoBackToTheScript() {
    assertEquals("ok", outcome("Callbacks.tryCall(function () { throw new RangeError('too far'); })",
        "'caught dev.jsbind.runtime.JsException: RangeError: too far'"));
    assertEquals("RangeError: too far", errorOf("Callbacks.map(function () { throw new RangeError('too far'); }, 1)"));
    assertEquals("Error: non-Error value thrown: 42", errorOf("Callbacks.map(function () { throw 42; }, 1)"));
  }

  @Test
  void keptFunctionsCanBeCalledLaterFromTheOwnerThread() {
    js.exec("var got = []; Callbacks.keep(function (s) { got.push(s); });");
    Callbacks.kept.accept("from owner"); // not inside a script: handed to the engine thread
    js.exec("Callbacks.fire('from script')"); // inside a script: on the engine thread
    assertEquals("from owner,from script", js.eval("got.join()"));
  }

  @Test
  void callingFromAnotherThreadOrAfterCloseIsAClearError() throws Exception {
    js.exec("Callbacks.keep(function (s) {});");
    final Consumer<String> kept = Callbacks.kept;
    final AtomicReference<Throwable> thrown = new AtomicReference<Throwable>();
    Thread other = new Thread(new Runnable() {
      @Override
      public void run() {
        try {
          kept.accept("x");
        } catch (Throwable t) {
          thrown.set(t);
        }
      }
    }, "stranger");
    other.start();
    other.join();
    assertTrue(thrown.get() instanceof IllegalStateException, String.valueOf(thrown.get()));
    assertTrue(thrown.get().getMessage().contains("cannot be called from thread 'stranger'"), thrown.get().getMessage());
    js.close();
    IllegalStateException closed = assertThrows(IllegalStateException.class, () -> kept.accept("x"));
    assertEquals("cannot call a JavaScript function after its JsRuntime was closed", closed.getMessage());
  }

  @Test
  void exceptionsFromScriptFunctionsCalledByTheOwnerAreJsExceptions() {
    js.exec("Callbacks.keep(function (s) { throw new TypeError('bad ' + s); });");
    JsException e = assertThrows(JsException.class, () -> Callbacks.kept.accept("input"));
    assertEquals("TypeError", e.getName());
    assertEquals("bad input", e.getJsMessage());
    assertTrue(e.getJsStack().contains("TypeError: bad input"), e.getJsStack());
  }

  @Test
  void javaFunctionsBecomeCallableScriptFunctions() {
    assertEquals("ok", outcome("Callbacks.adder(40)(2)", "42"));
    assertEquals("ok", outcome("typeof Callbacks.adder(1)", "'function'"));
    assertEquals("ok", outcome("Callbacks.repeat()('ab', 3)", "'ababab'"));
    assertEquals("ok", outcome("[1, 2, 3].map(Callbacks.adder(10)).join()", "'11,12,13'")); // extra arguments ignored
    js.exec("var r = Callbacks.logger('ran'); r(); r();");
    assertEquals(Arrays.asList("ran", "ran"), Callbacks.log);
    assertEquals("ok", outcome("Callbacks.same() === Callbacks.same()", "true"));
    assertEquals("ok", outcome("Callbacks.callsBack()(function (s) { Callbacks.fire; lastSeen = s; })", "7"));
    assertEquals("from java", js.eval("lastSeen"));
  }

  @Test
  void javaFunctionsCheckTheirArguments() {
    assertEquals("TypeError: Callbacks.adder: the result: argument 1 (arg0) must be an int (an integer from"
        + " -2147483648 to 2147483647) or null, got \"1\"", errorOf("Callbacks.adder(1)('1')"));
    assertEquals("TypeError: Callbacks.repeat: the result: expected 2 arguments, got 1", errorOf("Callbacks.repeat()('a')"));
    assertEquals("Error: refused x", errorOf("Callbacks.failing()('x')"));
  }

  @Test
  void droppedJavaHandlesLetTheScriptFunctionsGo() throws Exception {
    J2v8Runtime runtime = (J2v8Runtime) js;
    int baseline = runtime.retainedFunctionCount();
    js.exec("for (var i = 0; i < 10000; i++) Callbacks.keep(function (s) { return s; });");
    Callbacks.kept = null;
    // Each handle but the last is unreachable now; the JVM queues them once it has collected them.
    for (int attempt = 0; attempt < 50 && runtime.retainedFunctionCount() > baseline; attempt++) {
      System.gc();
      Thread.sleep(20);
    }
    assertEquals(baseline, runtime.retainedFunctionCount());
  }

  @Test
  void valuesOfEveryKindCrossIntoAndOutOfScriptFunctions() {
    assertEquals("ok", outcome("Callbacks.withSupplier(function (get) { return typeof get + ':' + get(); })",
        "'function:same'"));
    assertEquals("ok", outcome("Callbacks.withSupplier(function (get) { return String(get === Callbacks.same()); })",
        "'true'"));
    js.exec("var walked; Callbacks.walk(function (numbers) { walked = [...numbers, ...numbers].join(); });");
    assertEquals("0,1,2,0,1,2", js.eval("walked"));
    js.exec("var fetched; Callbacks.fetchVia(function (n) { return Promise.resolve('v' + n); })"
        + ".then(function (s) { fetched = s; });");
    assertEquals("v3!", js.eval("fetched"));
    js.exec("var handed; Callbacks.handOver(function (p) { p.then(function (v) { handed = v; }); });");
    assertEquals(99, js.eval("handed"));
  }

  @Test
  void unboundedRecursionThroughJavaIsARangeErrorNotACrash() {
    String error = errorOf("function f(x) { return Callbacks.applyInt(f, x); } f(1)");
    assertTrue(error.startsWith("RangeError: Maximum call stack size exceeded"), error);
    assertEquals("ok", outcome("Callbacks.applyInt(function (x) { return x + 1; }, 1)", "2")); // still usable
  }

  @Test
  void aTimeLimitStopsAnEndlessScriptFunctionCalledByJava() {
    JsRuntime limited = JsRuntime.create(JsOptions.defaults().timeLimitMillis(200));
    try {
      limited.install(Callbacks.class);
      JsException e = assertThrows(JsException.class,
          () -> limited.exec("Callbacks.applyInt(function (x) { for (;;) {} }, 1)"));
      assertTrue(e.getMessage().contains("time limit"), e.getMessage());
      assertEquals(3, limited.eval("Callbacks.applyInt(function (x) { return x + 1; }, 2)"));
    } finally {
      limited.close();
    }
  }

  @Test
  void patchedIntrinsicsDoNotReachTheGlue() throws Exception {
    js.exec("var trap = function () { throw new Error('patched'); };"
        + "Map.prototype.set = trap; Map.prototype.get = trap; Map.prototype['delete'] = trap;"
        + "WeakMap.prototype.set = trap; WeakMap.prototype.get = trap;"
        + "Promise.prototype.then = trap; Promise.resolve = trap; Reflect.apply = trap;"
        + "['fn', 'adapter', 'p', 'accept', 'resolve', 'reject', 'conv', 'next', 'done', 'value'].forEach(function (k) {"
        + "  Object.defineProperty(Object.prototype, k, {__proto__: null, set: trap, configurable: true}); });"
        + "for (var i = 0; i < 8; i++) Object.defineProperty(Array.prototype, i, {__proto__: null, set: trap, configurable: true});");
    assertEquals("ok", outcome("Callbacks.map(function (x) { return 'n' + x; }, 5)", "'n5'"));
    assertEquals("ok", outcome("Callbacks.adder(1)(2)", "3"));
    assertEquals("ok", outcome("(function () { var out = ''; for (var x of Callbacks.range(3)) out += x; return out; })()",
        "'012'"));
    js.exec("Callbacks.await(Callbacks.done(6));");
    assertEquals(Integer.valueOf(6), Callbacks.fromScript.get(10, java.util.concurrent.TimeUnit.SECONDS));
    js.exec("Callbacks.keep(function (s) { kept = s; });");
    Callbacks.kept.accept("still works");
    assertEquals("still works", js.eval("kept"));
  }

  @Test
  void nullResultsAndEmptyReturns() {
    assertNull(js.eval("Callbacks.map(function () { return null; }, 1)"));
    assertEquals("ok", outcome("Callbacks.logger('x')()", "undefined"));
  }
}
