package dev.jsbind.runtime.j2v8;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * One piece of work handed to a runtime with {@code JsRuntime.submit} or through its executor,
 * and where its outcome goes: the future {@code submit} returned, or, for a plain
 * {@code Runnable}, the engine thread's uncaught-exception handler when it fails (nothing else
 * could see that failure, and an executor must not lose it silently). Settled exactly once.
 */
final class PostedTask<T> {
  private final Callable<T> body;
  /** {@code null} for a command given to the executor. */
  private final CompletableFuture<T> future;
  private boolean settled;

  private PostedTask(Callable<T> body, CompletableFuture<T> future) {
    this.body = body;
    this.future = future;
  }

  static <T> PostedTask<T> submitted(Callable<T> body, CompletableFuture<T> future) {
    return new PostedTask<T>(body, future);
  }

  static PostedTask<Void> command(final Runnable command) {
    return new PostedTask<Void>(new Callable<Void>() {
      @Override
      public Void call() {
        command.run();
        return null;
      }

      @Override
      public String toString() {
        return String.valueOf(command);
      }
    }, null);
  }

  /**
   * Runs the body and settles the task; engine thread, in the runtime's scope and budget. A
   * submitted task that overran fails with the overrun even if it caught the termination of its
   * script: it ran past the limit all the same.
   */
  void run(Termination termination) {
    T value = null;
    Throwable failure = null;
    try {
      value = body.call();
    } catch (Throwable t) {
      failure = t;
    }
    // A command has no future: only what it throws is reported. One that caught an overrun (as
    // the async stages of CompletableFuture do, into their own stage) has dealt with it.
    Throwable overrun = future != null ? termination.overrunError() : null;
    if (overrun != null) {
      failed(overrun);
    } else if (failure != null) {
      failed(failure);
    } else {
      completed(value);
    }
  }

  private void completed(T value) {
    if (settled) {
      return;
    }
    settled = true;
    if (future != null) {
      future.complete(value); // its dependents run here, under the task's budget
    }
  }

  /** Fails the task; also for a failure around it, such as its scope failing to open. */
  void failed(Throwable failure) {
    if (settled) {
      return;
    }
    settled = true;
    if (future != null) {
      future.completeExceptionally(failure);
      return;
    }
    // As a thread pool's worker reports a task's exception: by default printed to System.err.
    Thread thread = Thread.currentThread();
    try {
      thread.getUncaughtExceptionHandler().uncaughtException(thread, failure);
    } catch (Throwable ignored) {
      // a failing handler must not stop the engine; there is nobody else to tell
    }
  }

  /** The runtime closed before the task ran: a submitted task's future fails; a command is dropped. */
  void notRun() {
    if (settled) {
      return;
    }
    settled = true;
    if (future != null) {
      future.completeExceptionally(new IllegalStateException("the JsRuntime was closed before the task ran"));
    }
  }
}
