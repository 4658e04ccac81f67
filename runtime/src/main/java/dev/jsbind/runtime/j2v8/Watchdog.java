package dev.jsbind.runtime.j2v8;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Watches the budgets of work nobody waits for: the settlements of Java futures, which the engine
 * thread runs by itself (see {@link PromiseBridge}) together with the promise reactions they
 * trigger. A caller that waits watches its own script (see {@link EngineThread#call}); here one
 * daemon thread shared by every runtime does it.
 */
final class Watchdog {
  private static final ScheduledThreadPoolExecutor TIMER = new ScheduledThreadPoolExecutor(1, new ThreadFactory() {
    @Override
    public Thread newThread(Runnable r) {
      Thread thread = new Thread(r, "jsbind-watchdog");
      thread.setDaemon(true); // it must not keep the JVM alive
      return thread;
    }
  });

  static {
    TIMER.setRemoveOnCancelPolicy(true); // a finished task's check goes at once, not at its time
  }

  private Watchdog() {}

  /** Runs {@code budget} every {@code pollMillis} until the returned future is cancelled. */
  static ScheduledFuture<?> watch(Termination.Budget budget) {
    return TIMER.scheduleAtFixedRate(budget, budget.pollMillis(), budget.pollMillis(), TimeUnit.MILLISECONDS);
  }
}
