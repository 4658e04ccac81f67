package dev.jsbind.benchmarks.systems;

import com.eclipsesource.v8.V8;
import com.eclipsesource.v8.V8Array;

/**
 * What the two raw J2V8 systems (hand-written callbacks and reflective registration) share: the
 * runtime, how a workload function is called, and the handle accounting, which allows the wrappers
 * each keeps for the items it has handed out.
 */
abstract class J2v8System extends JsSystem {
  protected V8 v8;
  private V8Array workloadArgs;
  private long baseline;

  /** The system's name in leak messages. */
  abstract String name();

  /** Strong handles the system keeps on purpose between iterations (its item wrappers). */
  abstract int keptHandles();

  /** Releases what the system holds besides the runtime, before the final count. */
  abstract void releaseKept();

  /** Runs the workload script and takes the handle count the system must come back to; the end of {@code open}. */
  final void ready() {
    v8.executeVoidScript(WORKLOADS);
    workloadArgs = new V8Array(v8);
    baseline = v8.getObjectReferenceCount();
  }

  @Override
  public int call(String function, int n) {
    workloadArgs.push(n);
    try {
      return v8.executeIntegerFunction(function, workloadArgs);
    } finally {
      workloadArgs.release();
      workloadArgs = new V8Array(v8);
    }
  }

  @Override
  public void checkHandles() {
    long open = v8.getObjectReferenceCount();
    if (open != baseline + keptHandles()) {
      throw leak(name(), open, baseline + keptHandles(), "after an iteration");
    }
  }

  @Override
  public void close() {
    if (v8 == null) {
      return;
    }
    checkHandles();
    workloadArgs.release();
    releaseKept();
    long open = v8.getObjectReferenceCount();
    v8.release(false);
    v8 = null;
    if (open != 0) {
      throw leak(name(), open, 0, "at teardown");
    }
  }

  @Override
  public String engineVersion() {
    return "J2V8 4.8.0 (V8 " + V8.getV8Version() + ")";
  }
}
