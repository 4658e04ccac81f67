package dev.jsbind.runtime.j2v8;

import com.eclipsesource.v8.V8Object;
import dev.jsbind.runtime.binding.JsPromiseType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;

/**
 * Futures and promises, both ways.
 *
 * <p>A Java future returned to a script becomes a promise the glue keeps under an id. When the
 * future completes, on whatever thread, the settlement is posted to the engine thread, which runs
 * it between tasks (no pumping by the host): the value is converted, the promise resolved (or
 * rejected with the error a thrown exception would give) and V8 then runs the {@code then}
 * callbacks, as it does after every call from Java returns. A future that is already complete
 * settles right after the current task.
 *
 * <p>A script's promise (or thenable) passed for a future parameter is followed by the glue
 * ({@code watch}); when it settles, the native {@code settled} completes the Java future on the
 * engine thread, with the value checked in JavaScript, or exceptionally with a
 * {@code JsException}. Futures still pending when the runtime closes complete exceptionally with
 * an {@link IllegalStateException}.
 */
final class PromiseBridge {
  private final J2v8Runtime runtime;
  private final V8Object helpers;
  private final ByteBuffer frame;
  private final SlotValues slotValues;
  private final ErrorBridge errors;
  private final Map<Integer, Watched> watched = new HashMap<Integer, Watched>();
  /**
   * Settlements of evalPromise's promises that came before {@link #watchAny}: V8 runs the
   * microtasks of an already settled promise before the call that made it returns to Java.
   */
  private final Map<Integer, CompletableFuture<Object>> early = new HashMap<Integer, CompletableFuture<Object>>();
  private int nextPromise = 1;

  PromiseBridge(J2v8Runtime runtime, V8Object helpers, ByteBuffer frame, SlotValues slotValues, ErrorBridge errors) {
    this.runtime = runtime;
    this.helpers = helpers;
    this.frame = frame;
    this.slotValues = slotValues;
    this.errors = errors;
  }

  // ---- script promises for Java ------------------------------------------------------------------

  /** The future completed when the promise the glue watches under {@code id} settles; engine thread. */
  CompletableFuture<Object> watch(int id, JsPromiseType type) {
    CompletableFuture<Object> future = new CompletableFuture<Object>();
    watched.put(id, new Watched(future, type));
    // Only now does the glue attach its reactions: had it done so when the script passed the
    // promise, V8 could run them before this id is known here (when no script is on the stack).
    frame.putDouble(8 * ArgumentSlots.RECEIVER, id);
    helpers.executeVoidFunction("follow", null);
    return future;
  }

  /** Lets the glue forget the promise it keeps under {@code id} for a call Java refused: nothing follows it. */
  void forget(int id) {
    frame.putDouble(8 * ArgumentSlots.RECEIVER, id);
    helpers.executeVoidFunction("unwatch", null);
  }

  /** As {@link #watch}, for a value of any type eval can return ({@code JsRuntime.evalPromise}). */
  CompletableFuture<Object> watchAny(int id) {
    CompletableFuture<Object> settled = early.remove(id);
    if (settled != null) {
      return settled;
    }
    CompletableFuture<Object> future = new CompletableFuture<Object>();
    watched.put(id, new Watched(future, null));
    return future;
  }

  /**
   * The native {@code settled}: frame[1] the id, frame[2] 0 (value in slot 3), 1 (error in slots 3
   * to 6) or 2 (an answer as eval reads it, in slot 3).
   */
  void settled() {
    int id = Untrusted.id(frame.getDouble(8 * ArgumentSlots.RECEIVER));
    Watched entry = watched.remove(id);
    if (entry == null) {
      if (frame.getDouble(8 * 2) != 2) {
        slotValues.clear(2, 5); // nobody waits: the status, value or error must not outlive the call
        return;
      }
      entry = new Watched(new CompletableFuture<Object>(), null);
      early.put(id, entry.future);
    }
    Object value = null;
    Throwable failure = null;
    try {
      double status = frame.getDouble(8 * 2);
      frame.putDouble(8 * 2, 0);
      if (status == 2) {
        value = slotValues.readAnswer(SlotValues.RESULT);
      } else if (status == 0) {
        value = slotValues.read(entry.type.value(), SlotValues.RESULT, "the value of a promise");
      } else {
        failure = slotValues.error();
      }
    } catch (RuntimeException e) {
      failure = e;
    }
    // Dependent stages run here, on the engine thread; CompletableFuture keeps their exceptions.
    if (failure == null) {
      entry.future.complete(value);
    } else {
      entry.future.completeExceptionally(failure);
    }
  }

  /** The futures still waiting for a script's promise, forgotten here: the runtime is closing. */
  List<CompletableFuture<Object>> abandon() {
    List<CompletableFuture<Object>> pending = new ArrayList<CompletableFuture<Object>>();
    for (Watched entry : watched.values()) {
      pending.add(entry.future);
    }
    watched.clear();
    return pending;
  }

  /**
   * Fails every future still waiting for a script's promise with {@code overrun}: the termination
   * that stopped a script also dropped the promise reactions V8 had queued, so they might never
   * complete. A promise that settles later finds no future and is ignored.
   */
  void failWaiting(Throwable overrun) {
    List<CompletableFuture<Object>> pending = abandon();
    for (CompletableFuture<Object> future : pending) {
      future.completeExceptionally(overrun);
    }
  }

  // ---- Java futures for scripts -------------------------------------------------------------------

  /** Registers {@code stage} to settle the promise the glue makes under the returned id. */
  int register(CompletionStage<?> stage, final JsPromiseType type) {
    final int id = nextPromise++;
    stage.whenComplete(new BiConsumer<Object, Throwable>() {
      @Override
      public void accept(final Object value, final Throwable failure) {
        runtime.post(new Runnable() {
          @Override
          public void run() {
            settle(id, type, value, failure);
          }
        });
      }
    });
    return id;
  }

  private void settle(int id, JsPromiseType type, Object value, Throwable failure) {
    List<ReturnableObject> fresh = new ArrayList<ReturnableObject>(0);
    try {
      if (failure == null) {
        try {
          slotValues.write(type.value(), value, SlotValues.RESULT, fresh);
        } catch (RuntimeException e) {
          failure = e; // a value that cannot cross (a long beyond 2^53, ...) rejects the promise
          slotValues.clear(SlotValues.RESULT, 1);
        }
      }
      if (failure != null) {
        errors.record(unwrap(failure), "a CompletableFuture returned to JavaScript");
      }
      frame.putDouble(8 * ArgumentSlots.RECEIVER, id);
      frame.putDouble(8 * 2, failure == null ? 0 : 1);
      helpers.executeVoidFunction("settle", null);
    } finally {
      for (ReturnableObject wrapper : fresh) {
        wrapper.makeWeak();
      }
    }
  }

  /** The exception a future failed with, without the wrappers CompletableFuture adds. */
  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static final class Watched {
    final CompletableFuture<Object> future;
    final JsPromiseType type;

    Watched(CompletableFuture<Object> future, JsPromiseType type) {
      this.future = future;
      this.type = type;
    }
  }
}
