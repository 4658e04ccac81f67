package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.*;

import dev.jsbind.runtime.JsException;
import dev.jsbind.runtime.JsOptions;
import dev.jsbind.runtime.JsRuntime;
import dev.jsbind.runtime.JsTimeoutException;
import dev.jsbind.runtime.j2v8.J2v8Runtime;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Error paths at the boundary: messages name the right member, receivers come first, refused calls keep nothing. */
class SealedBoundaryTest extends V8TestSupport {
  private static final String INT = "an int (an integer from -2147483648 to 2147483647)";

  @BeforeEach
  void installHooks() {
    js.install(Hooks.class);
    js.exec("var h = new Hooks(), c = new Counter(1);");
  }

  // ---- each message names its own member and parameter ------------------------------------------

  @Test
  void twoMembersWithTheSameFunctionTypeEachNameThemselves() {
    assertEquals("TypeError: Hooks.first: argument 1 (check): its result must be a boolean, got 1",
        errorOf("Hooks.first(function () { return 1 })"));
    assertEquals("TypeError: Hooks.second: argument 1 (fn): its result must be a boolean, got 1",
        errorOf("Hooks.second(function () { return 1 })"));
    assertEquals("TypeError: Hooks.twice: argument 2 (g): its result must be " + INT + " or null, got \"no\"",
        errorOf("Hooks.twice(function (x) { return x }, function () { return 'no' })(1)"));
    assertEquals("TypeError: Hooks.twice: argument 1 (f): its result must be " + INT + " or null, got \"no\"",
        errorOf("Hooks.twice(function () { return 'no' }, function (x) { return x })(1)"));
    assertEquals("ok", outcome("Hooks.second(function (s) { return s === 'y' })", "true"));
  }

  @Test
  void twoMembersWithTheSamePromiseTypeEachNameThemselves() throws Exception {
    js.exec("Hooks.firstLater(Promise.resolve('a')); Hooks.secondLater(Promise.resolve('b'));");
    js.exec("void 0"); // the reactions have run
    ExecutionException first = assertThrows(ExecutionException.class, () -> Hooks.firstPromise.get(5, TimeUnit.SECONDS));
    ExecutionException second = assertThrows(ExecutionException.class, () -> Hooks.secondPromise.get(5, TimeUnit.SECONDS));
    assertTrue(((JsException) first.getCause()).getJsMessage().startsWith("Hooks.firstLater: argument 1 (a): its value must be"),
        first.getCause().getMessage());
    assertTrue(((JsException) second.getCause()).getJsMessage().startsWith("Hooks.secondLater: argument 1 (b): its value must be"),
        second.getCause().getMessage());
  }

  // ---- a receiver of another class is reported before its arguments ----------------------------

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Hooks.prototype.take.call(c, 'bad')|Hooks.take",
      "Hooks.prototype.take.call(c)|Hooks.take",
      "Hooks.prototype.take.call(c, 1, 2)|Hooks.take",
      "Hooks.prototype.sum.call(c, ['x'])|Hooks.sum",
      "Hooks.prototype.sum.call(c, 5)|Hooks.sum",
      "Hooks.prototype.pick.call(c, true)|Hooks.pick",
      "Hooks.prototype.pick.call(c)|Hooks.pick",
      "Hooks.prototype.keepAndTake.call(c, 1, c)|Hooks.keepAndTake",
      "Object.getOwnPropertyDescriptor(Hooks.prototype, 'level').set.call(c, 'bad')|Hooks.level",
  })
  void aReceiverOfAnotherClassIsAnIllegalInvocationWhateverItsArguments(String script, String where) {
    assertEquals("TypeError: Illegal invocation: " + where + " was called on something that is not a Hooks",
        errorOf(script));
  }

  @Test
  void aRightReceiverStillGetsItsArgumentErrors() {
    assertEquals("TypeError: Hooks.take: argument 1 (n) must be " + INT + ", got \"bad\"", errorOf("h.take('bad')"));
    assertEquals("TypeError: Hooks.take: expected 1 argument, got 0", errorOf("h.take()"));
    assertEquals("ok", outcome("h.sum([1, 2, 3])", "6"));
    assertEquals("ok", outcome("h.pick('s')", "'s'"));
  }

  // ---- a refused call keeps nothing --------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "h.keepAndTake(function (x) { return x }, h)",
      "Hooks.staticKeepAndTake(function (x) { return x }, h)",
      "h.keepAndCopy(function (x) { return x }, [c, h])",
      "Hooks.prototype.keepAndTake.call(c, function (x) { return x }, c)",
  })
  void aFunctionPassedToARefusedCallIsNotKept(String call) {
    J2v8Runtime runtime = (J2v8Runtime) js;
    int baseline = runtime.retainedFunctionCount();
    String seen = errorOf("for (var i = 0; i < 5000; i++) { try { " + call + " } catch (e) { if (i === 4999) throw e } }");
    assertTrue(seen.startsWith("TypeError: "), seen);
    assertEquals(baseline, runtime.retainedFunctionCount(), "kept by refused calls, with no GC needed");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "h.watchAndTake(Promise.resolve(1), h)",
      "Hooks.prototype.watchAndTake.call(c, Promise.resolve(1), c)",
  })
  void aPromisePassedToARefusedCallIsNotKept(String call) {
    J2v8Runtime runtime = (J2v8Runtime) js;
    String seen = errorOf("for (var i = 0; i < 2000; i++) { try { " + call + " } catch (e) { if (i === 1999) throw e } }");
    assertTrue(seen.startsWith("TypeError: "), seen);
    assertEquals(0, runtime.watchedPromiseCount());
  }

  // ---- a time limit reaches promise reactions run after a Java future completes -----------------

  @Test
  void aTimeLimitStopsAReactionToAJavaFutureAndFailsWhatWaitsForIt() {
    // Without the budget the reaction never ends, and neither would close(): fail instead of hanging.
    assertTimeoutPreemptively(Duration.ofSeconds(60), this::reactionToAJavaFutureOverruns);
  }

  private void reactionToAJavaFutureOverruns() throws Exception {
    try (JsRuntime limited = JsRuntime.create(JsOptions.defaults().timeLimitMillis(100))) {
      Callbacks.reset();
      limited.install(Callbacks.class);
      CompletableFuture<Object> result = limited.evalPromise("Callbacks.later().then(function () { while (true) {} })");
      Callbacks.pending.complete("go");
      ExecutionException e = assertThrows(ExecutionException.class, () -> result.get(10, TimeUnit.SECONDS));
      assertInstanceOf(JsTimeoutException.class, e.getCause());
      assertEquals(2, limited.eval("1 + 1"), "the runtime goes on");
      CompletableFuture<Object> fine = limited.evalPromise("Callbacks.later().then(function (s) { return s + '!' })");
      Callbacks.pending.complete("ok");
      assertEquals("ok!", fine.get(10, TimeUnit.SECONDS));
    }
  }
}
