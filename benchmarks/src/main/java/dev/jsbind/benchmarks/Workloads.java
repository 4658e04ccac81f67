package dev.jsbind.benchmarks;

import dev.jsbind.benchmarks.systems.JsSystem;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * W1–W8: each benchmark runs one call of the workload's JS function, a loop of {@code N} Java
 * calls, so the score is nanoseconds per loop iteration (one Java call for W1, W2, W5, W6; a
 * construction and a method call for W3; a call and a property read for W4; one 1,000-int array in
 * and out for W7; one whole 1 MB document for W8).
 *
 * <p>Systems are chosen with the {@code system} parameter; GraalJS runs only in JDK 25 forks (see
 * {@link Report}). Handles are checked after every iteration and at the end of every trial.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class Workloads {
  /** Java calls per loop for W1–W6. */
  public static final int CALLS = 10_000;
  /** Arrays per loop for W7. */
  public static final int ARRAYS = 100;

  /** One system, opened once per fork, on the benchmark thread. */
  @State(Scope.Thread)
  public static class Sys {
    @Param({"jsbind", "j2v8-floor", "j2v8-reflective", "javet", "rhino", "graaljs"})
    public String system;

    JsSystem js;

    @Setup(Level.Trial)
    public void open() {
      js = JsSystem.named(system);
      js.open();
      for (int w = 1; w <= 8; w++) {
        if (js.supports(w)) {
          int n = w == 8 ? 1 : 10;
          int got = js.call("w" + w, n);
          Integer expected = Expected.of(w, n);
          if (expected != null && got != expected) {
            throw new IllegalStateException(system + ": w" + w + "(" + n + ") returned " + got + ", expected " + expected);
          }
        }
      }
      js.checkHandles();
    }

    int run(int workload, int n) {
      if (!js.supports(workload)) {
        throw new UnsupportedOperationException(system + " cannot run W" + workload);
      }
      return js.call("w" + workload, n);
    }

    @TearDown(Level.Iteration)
    public void checkHandles() {
      js.checkHandles();
    }

    @TearDown(Level.Trial)
    public void close() {
      js.close();
    }
  }

  @Benchmark
  @OperationsPerInvocation(CALLS)
  public int w1(Sys sys) {
    return sys.run(1, CALLS);
  }

  @Benchmark
  @OperationsPerInvocation(CALLS)
  public int w2(Sys sys) {
    return sys.run(2, CALLS);
  }

  @Benchmark
  @OperationsPerInvocation(CALLS)
  public int w3(Sys sys) {
    return sys.run(3, CALLS);
  }

  @Benchmark
  @OperationsPerInvocation(CALLS)
  public int w4(Sys sys) {
    return sys.run(4, CALLS);
  }

  @Benchmark
  @OperationsPerInvocation(CALLS)
  public int w5(Sys sys) {
    return sys.run(5, CALLS);
  }

  @Benchmark
  @OperationsPerInvocation(CALLS)
  public int w6(Sys sys) {
    return sys.run(6, CALLS);
  }

  @Benchmark
  @OperationsPerInvocation(ARRAYS)
  public int w7(Sys sys) {
    return sys.run(7, ARRAYS);
  }

  @Benchmark
  public int w8(Sys sys) {
    return sys.run(8, 1);
  }
}
