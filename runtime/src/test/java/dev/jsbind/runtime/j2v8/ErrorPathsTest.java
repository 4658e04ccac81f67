package dev.jsbind.runtime.j2v8;

import static org.junit.jupiter.api.Assertions.*;

import dev.jsbind.runtime.JsException;
import dev.jsbind.runtime.JsOptions;
import dev.jsbind.runtime.JsRuntime;
import dev.jsbind.runtime.fixtures.Faults;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Failures hostile to the error path itself: every one still reaches the script as a real Error. */
class ErrorPathsTest extends RuntimeTestSupport {

  @BeforeEach
  void installFaults() {
    js.install(Faults.class);
  }

  @ParameterizedTest
  @CsvSource({
      "throws, Error: Java exception in Faults.hostile",
      "null, Error: Java exception in Faults.hostile",
      "overflow, Error: Java exception in Faults.hostile",
      "reenters, Error: reentered 42",
      "reentersFailing, Error: after nested Error",
      "js, Error: Java exception in Faults.hostile",
      "plain, Error: plain",
  })
  void anExceptionWhoseMethodsMisbehaveIsStillARealError(String how, String expected) {
    assertEquals(expected, errorOf("new Faults().hostile('" + how + "')"));
    JsException e = assertThrows(JsException.class, () -> js.eval("new Faults().hostile('" + how + "')"));
    assertNotNull(e.getCause(), "the Java exception stays the cause");
    assertEquals(2, js.eval("1 + 1"), "the runtime survives");
  }

  @Test
  void aHugeMessageIsClipped() {
    String message = (String) js.eval("try { new Faults().hostile('huge') } catch (e) { e instanceof Error ? e.message : 'not an Error' }");
    assertTrue(message.startsWith("xxxx") && message.length() <= 2001, "length " + message.length());
  }

  @ParameterizedTest
  @CsvSource({
      "npe, TypeError: null value in Faults.jvm",
      "npeOwn, TypeError: null value in Faults.jvm",
      "cce, TypeError: wrong type of value in Faults.jvm",
      "ase, Error: wrong type of array element in Faults.jvm",
      "linkage, Error: Java code failed to link in Faults.jvm",
      "npeSubclass, TypeError: user text",
      // The JVM's text for these holds only numbers: it is kept.
      "aioobe, RangeError: Index 6 out of bounds for length 2",
      "arith, Error: / by zero",
      "nase, Error: -1",
  })
  void exceptionsWhoseJvmTextNamesJavaCodeGetAFixedMessage(String kind, String expected) {
    assertEquals(expected, errorOf("new Faults().jvm('" + kind + "')"));
    String stack = (String) js.eval("try { new Faults().jvm('" + kind + "') } catch (e) { e.stack }");
    assertFalse(stack.contains("because") || stack.contains("\"") || stack.contains("java") || stack.contains("Secret"), stack);
  }

  @Test
  void theJvmsOwnMessageIsStillShownWithClassAndMessage() {
    try (JsRuntime debug = JsRuntime.create(JsOptions.defaults().javaErrors(JsOptions.JavaErrors.CLASS_AND_MESSAGE))) {
      debug.install(Faults.class);
      Object message = debug.eval("try { new Faults().jvm('npe') } catch (e) { e.message }");
      assertTrue(String.valueOf(message).startsWith("java.lang.NullPointerException"), String.valueOf(message));
    }
  }

  // ---- Java stack exhaustion -----------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"1 + 1", "new Faults().hostile('plain')", "(function f() { return f() })()"})
  void reenteringWithAlmostNoJavaStackIsRefusedNotACrash(String script) {
    for (int round = 0; round < 3; round++) {
      String seen = errorOf("new Faults().overflowThenEval(" + quoted(script) + ")");
      assertTrue(seen.startsWith("RangeError: ") || seen.startsWith("Error: "), seen);
      assertTrue(Faults.lastDepth > 1000, "the Java recursion really ran out: " + Faults.lastDepth);
      assertEquals(2, js.eval("1 + 1"), "the runtime survives");
    }
  }

  // ---- nested runtimes ------------------------------------------------------------------------

  @Test
  void aMemberMayCreateUseAndCloseAnotherRuntime() {
    int threadsBefore = Thread.activeCount();
    for (int i = 0; i < 30; i++) {
      assertEquals("6", js.eval("new Faults().nested('2 * 3')"));
    }
    assertEquals("inner 12", js.eval("new Faults().nested(\"'inner ' + new Faults().nested('3 * 4')\")"));
    assertTrue(Thread.activeCount() <= threadsBefore + 2, "engine threads leaked: " + threadsBefore + " -> " + Thread.activeCount());
  }

  @Test
  void aRuntimeCreatedInsideAMemberBelongsToTheOwnerAndIsClosedByIt() {
    Faults.LEFT_OPEN.clear();
    assertEquals("3", js.eval("new Faults().nestedLeftOpen('1 + 2')"));
    JsRuntime inner = Faults.LEFT_OPEN.get(0);
    assertEquals(7, inner.eval("3 + 4"), "usable by the owner afterwards");
    assertEquals(0, ((J2v8Runtime) inner).openHandleCount());
    inner.close();
    assertTrue(inner.isClosed());
  }

  private static String quoted(String script) {
    return "'" + script.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
