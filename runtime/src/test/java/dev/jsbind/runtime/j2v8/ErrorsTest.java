package dev.jsbind.runtime.j2v8;

import static org.junit.jupiter.api.Assertions.*;

import dev.jsbind.runtime.JsException;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorsTest extends RuntimeTestSupport {

  @ParameterizedTest
  @CsvSource({
      "iae, TypeError, boom",
      // The JVM's own exception classes get a fixed message (see ErrorPathsTest).
      "npe, TypeError, null value in Probe.raise",
      "ioobe, RangeError, boom",
      "checked, Error, boom",
      "error, Error, boom",
      "state, Error, boom",
      "stackoverflow, Error, boom",
      "oom, Error, boom",
  })
  void javaExceptionsBecomeRealJavaScriptErrors(String kind, String jsName, String message) {
    assertEquals(jsName + ": " + message, errorOf("new Probe().raise('" + kind + "', 'boom')"));
    assertEquals(true, js.eval("(function () { try { new Probe().raise('" + kind + "', 'boom'); }"
        + " catch (e) { return e instanceof Error && typeof e.stack === 'string' && e.stack.indexOf('Probe.raise') > 0; } })()"));
  }

  @Test
  void anUncaughtErrorReachesJavaWithItsJavaCause() {
    JsException e = assertThrows(JsException.class, () -> js.eval("var p = new Probe();\np.raise('checked', 'disk full')"));
    assertEquals("Error", e.getName());
    assertEquals("disk full", e.getJsMessage());
    assertInstanceOf(IOException.class, e.getCause());
    assertTrue(e.getJsStack().contains("(script:2:"), e.getJsStack());
    assertFalse(e.getJsStack().contains("jsbind:bootstrap"), e.getJsStack());
  }

  @Test
  void rethrowingKeepsTheCause() {
    JsException e = assertThrows(JsException.class,
        () -> js.eval("try { new Probe().raise('iae', 'bad') } catch (e) { throw e }"));
    assertEquals("TypeError", e.getName());
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
  }

  @Test
  void aSwallowedJavaExceptionNeverBecomesTheCauseOfAnotherError() {
    JsException e = assertThrows(JsException.class,
        () -> js.eval("try { new Probe().raise('iae', 'swallowed') } catch (e) {} throw new Error('unrelated')"));
    assertEquals("unrelated", e.getJsMessage());
    assertNull(e.getCause());
  }

  @Test
  void aNullMessageIsReplacedBySomethingUseful() {
    assertEquals("Error: Java exception in Probe.raise", errorOf("new Probe().raise('state', null)"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "throw 1",
      "throw undefined",
      "throw null",
      "throw 'text'",
      "throw {}",
      "throw Symbol('s')",
      "throw {toString: function () { throw new Error('no') }}",
      "throw new Proxy({}, {get: function () { throw new Error('trap') }})",
      "var r = Proxy.revocable({}, {}); r.revoke(); throw r.proxy",
      "var e = new Error('x'); Object.defineProperty(e, 'message', {get: function () { throw 1 }}); throw e",
      "var e = new Error('x'); Object.defineProperty(e, 'stack', {get: function () { throw 1 }}); throw e",
      "throw Object.create(Error.prototype, {name: {get: function () { throw 2 }}})",
      "throw new Proxy(new Error('p'), {getPrototypeOf: function () { throw 3 }})",
  })
  void anythingAScriptThrowsArrivesAsAJsExceptionWithANonNullMessage(String script) {
    JsException e = assertThrows(JsException.class, () -> js.eval(script));
    assertNotNull(e.getName());
    assertNotNull(e.getJsMessage());
    assertNotNull(e.getJsStack());
    assertEquals(2, js.eval("1 + 1"), "the runtime survives");
  }

  @Test
  void nonErrorValuesAreDescribed() {
    JsException e = assertThrows(JsException.class, () -> js.eval("throw 42"));
    assertEquals("Error", e.getName());
    assertEquals("non-Error value thrown: 42", e.getJsMessage());
  }

  @Test
  void syntaxErrorsAreJsExceptions() {
    JsException e = assertThrows(JsException.class, () -> js.eval("var = ;"));
    assertEquals("SyntaxError", e.getName());
  }

  @Test
  void longResultsOutsideTheSafeRangeAreRangeErrors() {
    assertEquals(9007199254740990L / 2 * 2, ((Number) js.eval("new Counter(0).big(4503599627370495)")).longValue());
    assertEquals("RangeError: the long 9007199254740992 cannot cross as a JavaScript number exactly (|n| must be <= 2^53-1)",
        errorOf("new Counter(0).big(4503599627370496)"));
  }

  @Test
  void theErrorTokenNeverLeaksToScripts() {
    // Every failure path returns the token to the glue; none of them may let a script see it.
    assertEquals(true, js.eval("var seen = []; try { new Probe().raise('iae', 'x') } catch (e) { seen.push(e) }"
        + " seen.every(function (e) { return e instanceof Error })"));
  }

  @Test
  void whatScriptsSeeOfJavaExceptionsIsConfigurableAndMessageOnlyByDefault() {
    assertEquals("Error: secret path /etc/x", errorOf("new Probe().raise('state', 'secret path /etc/x')"));
    for (dev.jsbind.runtime.JsOptions.JavaErrors mode : dev.jsbind.runtime.JsOptions.JavaErrors.values()) {
      try (dev.jsbind.runtime.JsRuntime other = dev.jsbind.runtime.JsRuntime.create(
          dev.jsbind.runtime.JsOptions.defaults().javaErrors(mode))) {
        other.install(dev.jsbind.runtime.fixtures.Probe.class);
        Object seen = other.eval("try { new Probe().raise('state', 'secret') } catch (e) { e.message + '|' + e.stack }");
        String message = String.valueOf(seen).split("\\|")[0];
        switch (mode) {
          case HIDDEN:
            assertEquals("Java exception in Probe.raise", message);
            break;
          case MESSAGE:
            assertEquals("secret", message);
            break;
          default:
            assertEquals("java.lang.IllegalStateException: secret", message);
        }
        assertFalse(String.valueOf(seen).contains("dev.jsbind"), "no Java stack in JavaScript: " + seen);
      }
    }
  }
}
