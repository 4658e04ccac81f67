package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsbind.runtime.JsRuntime;
import dev.jsbind.runtime.j2v8.J2v8Runtime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A runtime per test with the test classes installed; each test must end with no open J2V8 handle. */
abstract class V8TestSupport {
  JsRuntime js;

  @BeforeEach
  void createRuntime() {
    js = JsRuntime.create();
    js.install(Counter.class);
    js.install(Types.class);
  }

  @AfterEach
  void closeWithoutLeaks() {
    if (!js.isClosed()) {
      assertEquals(0, ((J2v8Runtime) js).openHandleCount(), "J2V8 handles left open by the workload");
      js.close(); // throws if anything leaked
    }
  }

  /** "ok" when {@code expression} evaluates to {@code expected} (Object.is), else what it gave or threw. */
  String outcome(String expression, String expected) {
    return (String) js.eval("(function () { try { var r = (" + expression + "); return Object.is(r, (" + expected
        + ")) ? 'ok' : 'got ' + (typeof r === 'string' ? JSON.stringify(r) : String(r)); }"
        + " catch (e) { return (e instanceof Error ? '' : 'non-Error ') + e.name + ': ' + e.message; } })()");
  }

  /** "Name: message" of what {@code script} throws, or "no error". */
  String errorOf(String script) {
    return outcome("(function () { " + script + "; return 'no error'; })()", "'no error'").replace("got \"no error\"", "no error");
  }
}
