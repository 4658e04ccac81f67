package dev.jsbind.runtime.j2v8;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsbind.runtime.JsRuntime;
import dev.jsbind.runtime.fixtures.Counter;
import dev.jsbind.runtime.fixtures.Probe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A runtime per test with the fixtures installed; each test must end with no open J2V8 handle. */
abstract class RuntimeTestSupport {
  JsRuntime js;

  @BeforeEach
  void createRuntime() {
    js = JsRuntime.create();
    js.install(Counter.class);
    js.install(Probe.class);
  }

  @AfterEach
  void closeRuntimeWithoutLeaks() {
    if (!js.isClosed()) {
      assertEquals(0, ((J2v8Runtime) js).openHandleCount(), "J2V8 handles left open by the workload");
      js.close(); // throws if anything leaked
    }
  }

  /** Runs {@code script} and answers "Name: message" of what it threw, or "no error". */
  String errorOf(String script) {
    return (String) js.eval("(function () { try { " + script + "; return 'no error'; }"
        + " catch (e) { return (e instanceof Error ? '' : 'non-Error ') + e.name + ': ' + e.message; } })()");
  }
}
