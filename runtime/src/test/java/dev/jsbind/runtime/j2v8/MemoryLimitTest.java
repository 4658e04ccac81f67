package dev.jsbind.runtime.j2v8;

import static org.junit.jupiter.api.Assertions.*;

import dev.jsbind.runtime.JsMemoryLimitException;
import dev.jsbind.runtime.JsOptions;
import dev.jsbind.runtime.JsRuntime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reliability suite 8: scripts that grow memory until the budget. The JVM survives, the script
 * ends in a JsMemoryLimitException, the runtime is closed and memory comes back near its baseline.
 */
class MemoryLimitTest {
  private static final long LIMIT = 64L * 1024 * 1024;

  @ParameterizedTest
  @ValueSource(strings = {
      "var keep = []; for (var i = 0; ; i++) keep.push([i, i + 1, i + 2, i + 3]);",
      "var keep = []; for (var i = 0; ; i++) keep.push({a: i, b: 'k' + i, c: [i]});",
      "var keep = [], chunk = new Array(1025).join('x'); for (var i = 0; ; i++) keep.push(chunk + i);",
      "var keep = []; for (;;) keep.push(new Float64Array(1 << 17).fill(1));",
      "var keep = []; for (;;) { var b = new ArrayBuffer(1 << 20); new Uint8Array(b).fill(7); keep.push(b); }",
      "var keep = []; (function grow() { keep.push(new Array(10000).fill(0.5)); try { grow() } finally { grow() } })()",
  })
  void growingScriptsStopAtTheBudgetAndTheRuntimeIsDisposed(String script) throws Exception {
    long before = ResidentMemory.bytes();
    JsRuntime js = JsRuntime.create(JsOptions.defaults().memoryLimitBytes(LIMIT).timeLimitMillis(60_000));
    JsMemoryLimitException e = assertThrows(JsMemoryLimitException.class, () -> js.exec(script));
    assertTrue(js.isClosed(), "the runtime is disposed");
    assertThrows(IllegalStateException.class, () -> js.eval("1"));
    System.gc();
    long after = ResidentMemory.bytes();
    System.out.println("memory limit: " + e.getJsMessage() + "; resident " + before / (1024 * 1024) + " MiB before, "
        + after / (1024 * 1024) + " MiB after disposal");
    assertTrue(after - before < 2 * LIMIT, "memory came back near its baseline: " + before + " -> " + after);
  }
}
