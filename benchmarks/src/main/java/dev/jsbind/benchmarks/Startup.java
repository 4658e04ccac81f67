package dev.jsbind.benchmarks;

import com.eclipsesource.v8.V8;
import dev.jsbind.runtime.JsRuntime;
import dev.jsbind.runtime.j2v8.J2v8Runtime;
import dev.jsbind.samples.todo.Console;
import dev.jsbind.samples.todo.Task;
import dev.jsbind.samples.todo.TodoList;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Runtime start-up: a bare J2V8 isolate, a jsbind runtime, and a jsbind runtime with all of the
 * sample's templates installed ({@code TodoList}, {@code Task}, {@code Console}), each closed
 * again. Microseconds per runtime; every jsbind runtime is checked for leaked handles.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Startup {
  @Benchmark
  public void j2v8CreateRelease() {
    V8 v8 = V8.createV8Runtime();
    long open = v8.getObjectReferenceCount();
    v8.release(false);
    if (open != 0) {
      throw new IllegalStateException(open + " J2V8 handle(s) open");
    }
  }

  @Benchmark
  public void jsbindCreateClose() {
    JsRuntime js = JsRuntime.create();
    check(js);
    js.close();
  }

  @Benchmark
  public void jsbindCreateInstallSampleClose() {
    JsRuntime js = JsRuntime.create();
    js.install(TodoList.class);
    js.install(Task.class);
    js.install(Console.class);
    check(js);
    js.close();
  }

  private static void check(JsRuntime js) {
    long open = ((J2v8Runtime) js).openHandleCount();
    if (open != 0) {
      throw new IllegalStateException("jsbind: " + open + " J2V8 handle(s) leaked");
    }
  }
}
