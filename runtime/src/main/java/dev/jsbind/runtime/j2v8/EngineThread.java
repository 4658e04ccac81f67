package dev.jsbind.runtime.j2v8;

import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The thread one runtime's V8 isolate lives on. Its stack size is chosen by jsbind, not by the
 * JVM's {@code -Xss}, which is what lets V8's stack limit be set safely below it (see
 * {@link StackLimit}). Callers hand it work and wait; it runs one task at a time.
 *
 * <p>Each task records on whose behalf it runs (its principal: the runtime owner that started the
 * chain of calls), so that a Java member called by a script may in turn use another runtime of
 * the same owner.
 */
final class EngineThread {
  /** The thread a chain of calls started from; on an owner thread, that thread itself. */
  private static final ThreadLocal<Thread> PRINCIPAL = new ThreadLocal<Thread>();

  private static final Runnable STOP = new Runnable() {
    @Override
    public void run() {}
  };

  private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<Runnable>();
  private final Thread thread;
  private volatile boolean busy;

  EngineThread(String name, long stackBytes) {
    thread = new Thread(null, new Runnable() {
      @Override
      public void run() {
        loop();
      }
    }, name, stackBytes);
    thread.setDaemon(true); // a runtime the application forgot to close must not keep the JVM alive
    thread.start();
  }

  static Thread principalOf(Thread thread) {
    Thread principal = PRINCIPAL.get();
    return principal != null ? principal : thread;
  }

  boolean isCurrent() {
    return Thread.currentThread() == thread;
  }

  /** Whether a task is running: then a call from outside would wait for a thread waiting for it. */
  boolean busy() {
    return busy;
  }

  Thread thread() {
    return thread;
  }

  /**
   * Runs {@code task} on this thread and returns its result; its exceptions are rethrown here.
   * Meanwhile, every {@code pollMillis} (0: never) {@code poll} runs on the calling thread: that is
   * how budgets are watched while the engine is busy.
   */
  <T> T call(Callable<T> task, long pollMillis, Runnable poll) {
    Task<T> work = new Task<T>(task, principalOf(Thread.currentThread()));
    tasks.add(work);
    return work.await(pollMillis, poll);
  }

  /**
   * Queues {@code body} to run on this thread after the tasks already queued, on behalf of
   * {@code principal}, without waiting for it. Its exceptions are dropped: the body reports its own.
   */
  void post(final Runnable body, final Thread principal) {
    tasks.add(new Runnable() {
      @Override
      public void run() {
        PRINCIPAL.set(principal);
        try {
          body.run();
        } catch (Throwable ignored) {
          // nothing waits for it; the engine must keep running
        } finally {
          PRINCIPAL.remove();
        }
      }
    });
  }

  /** Ends the thread after the tasks already queued. */
  void stop() {
    tasks.add(STOP);
    if (!isCurrent()) {
      boolean interrupted = false;
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void loop() {
    while (true) {
      Runnable next;
      try {
        next = tasks.take();
      } catch (InterruptedException e) {
        continue; // only stop() ends the engine: an isolate must not be left without its thread
      }
      if (next == STOP) {
        return;
      }
      busy = next instanceof Task; // nobody waits for a posted task, so it cannot deadlock a caller
      next.run(); // a Task clears busy itself, before its caller wakes up
      busy = false;
    }
  }

  private final class Task<T> implements Runnable {
    private final Callable<T> body;
    private final Thread principal;
    private T result;
    private Throwable failure;
    private boolean done;

    Task(Callable<T> body, Thread principal) {
      this.body = body;
      this.principal = principal;
    }

    @Override
    public void run() {
      PRINCIPAL.set(principal);
      T value = null;
      Throwable thrown = null;
      try {
        value = body.call();
      } catch (Throwable t) {
        thrown = t;
      } finally {
        PRINCIPAL.remove();
      }
      busy = false;
      synchronized (this) {
        result = value;
        failure = thrown;
        done = true;
        notifyAll();
      }
    }

    synchronized T await(long pollMillis, Runnable poll) {
      boolean interrupted = false;
      while (!done) {
        try {
          if (pollMillis == 0) {
            wait();
          } else {
            wait(pollMillis);
            if (!done) {
              poll.run();
            }
          }
        } catch (InterruptedException e) {
          interrupted = true; // the isolate is mid-call: waiting is the only safe thing to do
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (failure instanceof RuntimeException) {
        throw (RuntimeException) failure;
      }
      if (failure instanceof Error) {
        throw (Error) failure;
      }
      if (failure != null) {
        throw new IllegalStateException(failure);
      }
      return result;
    }
  }
}
