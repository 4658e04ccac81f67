package dev.jsbind.runtime.j2v8;

import static org.junit.jupiter.api.Assertions.*;

import dev.jsbind.runtime.JsException;
import dev.jsbind.runtime.JsOptions;
import dev.jsbind.runtime.JsRuntime;
import dev.jsbind.runtime.fixtures.Probe;
import org.junit.jupiter.api.Test;

/**
 * JavaScript → Java → JavaScript recursion. On a plain 1 MiB Java thread J2V8 crashes the JVM at
 * depth ~160; here deep chains work and unbounded ones end in a RangeError, whatever -Xss is.
 */
class ReentrancyTest extends RuntimeTestSupport {
  private static final String RECURSE = "var probe = new Probe();"
      + "function down(n) { return n === 0 ? 0 : Number(probe.evalNested('down(' + (n - 1) + ')')) + 1; }";

  @Test
  void chainsOfDepth1000Work() {
    js.exec(RECURSE);
    assertEquals(1000, js.eval("down(1000)"));
  }

  @Test
  void unboundedMutualRecursionEndsInARangeError() {
    js.exec(RECURSE);
    JsException e = assertThrows(JsException.class, () -> js.eval("down(1e9)"));
    assertEquals("RangeError", e.getName(), e.getMessage());
    assertEquals(3, js.eval("1 + 2"), "the runtime survives");
  }

  @Test
  void aCaughtUnboundedMutualRecursionIsARangeErrorToo() {
    js.exec(RECURSE);
    assertEquals("RangeError true", js.eval("try { down(1e9); 'no error' } catch (e) { e.name + ' ' + (e instanceof RangeError) }"));
    js.exec("function guarded(n) { try { return down(n) } catch (e) { return e.name } }");
    assertEquals("RangeError", js.eval("guarded(1e9)"));
    assertEquals(3, js.eval("1 + 2"), "the runtime survives");
  }

  /**
   * Where the stack runs out depends on how deep the recursion started: some starts make V8 run
   * out while entering the glue's handler, which used to surface as "Error: the script was
   * terminated". Each start here is a few JavaScript frames deeper than the last.
   */
  @Test
  void aCaughtUnboundedMutualRecursionIsARangeErrorWhereverTheStackRunsOut() {
    try (JsRuntime small = JsRuntime.create(JsOptions.defaults().stackBytes(1024 * 1024))) {
      small.install(Probe.class);
      small.exec(RECURSE + "function from(k, a, b, c) { return k === 0 ? down(1e9) : from(k - 1, a, b, c) + 0 }");
      Object seen = small.eval("var seen = {}; for (var k = 0; k < 200; k++) {"
          + " try { from(k, 1, 2, 3); seen['no error'] = 1 } catch (e) { seen[e.name + (e instanceof RangeError ? '' : ': ' + e.message)] = 1 } }"
          + " Object.keys(seen).join(' | ')");
      assertEquals("RangeError", seen);
      assertEquals(3, small.eval("1 + 2"), "the runtime survives");
    }
  }

  @Test
  void evenOnASmallEngineStackItIsARangeErrorNotACrash() {
    try (JsRuntime small = JsRuntime.create(JsOptions.defaults().stackBytes(1024 * 1024))) {
      small.install(Probe.class);
      small.exec(RECURSE);
      assertEquals(20, small.eval("down(20)"));
      JsException e = assertThrows(JsException.class, () -> small.eval("down(1e9)"));
      assertEquals("RangeError", e.getName(), e.getMessage());
      e = assertThrows(JsException.class, () -> small.eval("(function f() { return f() + 1 })()"));
      assertEquals("RangeError", e.getName());
    }
  }

  @Test
  void plainJavaScriptRecursionIsARangeError() {
    JsException e = assertThrows(JsException.class, () -> js.eval("(function f(n) { return f(n + 1) + 1 })(0)"));
    assertEquals("RangeError", e.getName());
  }

  @Test
  void aCallbackMayUseAnotherRuntimeOfTheSameOwner() {
    try (JsRuntime other = JsRuntime.create()) {
      Probe probe = new Probe();
      probe.other = other;
      js.set("probe", probe);
      assertEquals("6", js.eval("probe.evalOther('2 * 3')"));
    }
  }

  @Test
  void reenteringARuntimeThatIsWaitingIsRefusedNotADeadlock() {
    try (JsRuntime other = JsRuntime.create()) {
      other.install(Probe.class);
      Probe here = new Probe();
      here.other = other;
      Probe there = new Probe();
      there.other = js;
      js.set("probe", here);
      other.set("probe", there);
      // js → other → js: js's engine is busy waiting for other.
      JsException e = assertThrows(JsException.class, () -> js.eval("probe.evalOther('probe.evalOther(\"1\")')"));
      assertTrue(e.getJsMessage().contains("would deadlock"), e.getJsMessage());
    }
  }
}
