package dev.jsbind.runtime.j2v8;

import com.eclipsesource.v8.V8;
import com.eclipsesource.v8.V8RuntimeException;
import dev.jsbind.runtime.JsException;
import dev.jsbind.runtime.JsMemoryLimitException;
import dev.jsbind.runtime.JsOptions;
import dev.jsbind.runtime.JsTimeoutException;

/**
 * Stops scripts that overrun their budget, safely. The owner's thread asks for termination; the
 * engine thread runs the scripts. V8's termination is only requested while a script runs, and a
 * request that lands after the script's last JavaScript instruction (it stays pending in V8 and
 * would kill the next, innocent script) is absorbed once the outermost script is over.
 */
final class Termination {
  enum Overrun {
    TIME, MEMORY
  }

  private final V8 v8;
  private final JsOptions options;
  private int depth;
  private boolean requested;
  private Overrun why;
  private long grewBytes;

  Termination(V8 v8, JsOptions options) {
    this.v8 = v8;
    this.options = options;
  }

  /** Engine thread: a script (top-level or nested) starts. */
  synchronized void scriptStarts() {
    depth++;
  }

  /** Owner thread: the running script overran. Only the first request of a script counts. */
  synchronized void request(Overrun overrun, long grew) {
    if (depth > 0 && !requested) {
      requested = true;
      why = overrun;
      grewBytes = grew;
      v8.terminateExecution(); // the one J2V8 call that is safe from another thread
    }
  }

  /** Engine thread: the exception for a script that J2V8 reports as stopped, if we stopped it. */
  synchronized JsException overrunError() {
    if (!requested) {
      return null;
    }
    return why == Overrun.MEMORY
        ? new JsMemoryLimitException(options.memoryLimitBytes(), grewBytes)
        : new JsTimeoutException(options.timeLimitMillis());
  }

  /** Engine thread: a script ended; after the outermost one, absorb a request made during it. */
  void scriptEnds() {
    boolean absorb;
    synchronized (this) {
      depth--;
      absorb = depth == 0 && requested;
      if (depth == 0) {
        requested = false;
      }
    }
    if (absorb) {
      try {
        v8.executeVoidScript("void 0");
      } catch (V8RuntimeException expected) {
        // the stale termination, spent
      }
    }
  }

  /**
   * Watches a top-level script's time and memory from the owner's thread while the engine runs it.
   * It counts from {@link #arm()}, when the engine starts the work, not from when the owner queued
   * it: the owner's call may wait behind tasks and settlements, and a budget counting that wait
   * would terminate the work running before its own (or its own, at once).
   */
  final class Budget implements Runnable {
    private volatile long start;
    private volatile long baseline = -1;
    private volatile boolean armed;

    /** Engine thread: the watched work starts now. */
    Budget arm() {
      start = System.nanoTime();
      baseline = options.memoryLimitBytes() > 0 ? ResidentMemory.bytes() : -1;
      armed = true;
      return this;
    }

    long pollMillis() {
      long time = options.timeLimitMillis();
      return time > 0 && options.memoryLimitBytes() == 0 ? Math.min(time, 5) : 5;
    }

    @Override
    public void run() {
      if (!armed) {
        return;
      }
      long limit = options.timeLimitMillis();
      if (limit > 0 && System.nanoTime() - start > limit * 1_000_000L) {
        request(Overrun.TIME, 0);
      }
      if (baseline >= 0) {
        long grew = ResidentMemory.bytes() - baseline;
        if (grew > options.memoryLimitBytes()) {
          request(Overrun.MEMORY, grew);
        }
      }
    }
  }
}
