package dev.jsbind.runtime.j2v8;

import com.eclipsesource.v8.V8Object;
import com.eclipsesource.v8.V8RuntimeException;
import dev.jsbind.runtime.binding.JsFunctionType;
import java.lang.ref.PhantomReference;
import java.lang.ref.ReferenceQueue;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Script functions held by Java. The glue keeps each function in a private table under an id
 * ({@code keep} in the bootstrap); Java gets a {@link JsFunctionHandle} with that id, which
 * generated code wraps in the declared functional interface. No J2V8 handle is involved, so a
 * forgotten function costs no handle, only the table entry.
 *
 * <p>When a handle becomes unreachable, its phantom reference is queued; the queue is drained on
 * the engine thread before each task and each call Java makes into a script function, and the glue
 * drops those ids. (A {@code PhantomReference} works on Java 8 and every Android version, unlike
 * {@code java.lang.ref.Cleaner}.) Whatever is left goes with the isolate when the runtime closes.
 */
final class FunctionBridge {
  /** How many ids one drop call carries, in frame slots 2 and up. */
  private static final int DROP_BATCH = ArgumentSlots.SLOTS - 2;

  private final J2v8Runtime runtime;
  private final V8Object helpers;
  private final ByteBuffer frame;
  private final SlotValues slotValues;
  private final ReferenceQueue<JsFunctionHandle> unreachable = new ReferenceQueue<JsFunctionHandle>();
  /** Keeps the phantom references themselves reachable until they are drained. */
  private final Set<Kept> kept = new HashSet<Kept>();

  FunctionBridge(J2v8Runtime runtime, V8Object helpers, ByteBuffer frame, SlotValues slotValues) {
    this.runtime = runtime;
    this.helpers = helpers;
    this.frame = frame;
    this.slotValues = slotValues;
  }

  /** The handle of the function the glue kept under {@code id}; engine thread. */
  JsFunctionHandle handle(int id, JsFunctionType type) {
    JsFunctionHandle handle = new JsFunctionHandle(this, id, type);
    kept.add(new Kept(handle, id, unreachable));
    return handle;
  }

  /** Lets the glue drop the functions whose handles Java no longer reaches; engine thread, between calls. */
  void releaseUnreachable() {
    int count = 0;
    for (Kept gone = (Kept) unreachable.poll(); gone != null; gone = (Kept) unreachable.poll()) {
      kept.remove(gone);
      frame.putDouble(8 * (2 + count), gone.id);
      if (++count == DROP_BATCH) {
        drop(count);
        count = 0;
      }
    }
    if (count > 0) {
      drop(count);
    }
  }

  /** Lets the glue drop the function it kept under {@code id} for a call Java refused: no handle was made. */
  void forget(int id) {
    frame.putDouble(8 * 2, id);
    drop(1);
  }

  private void drop(int count) {
    frame.putDouble(8 * ArgumentSlots.RECEIVER, count);
    helpers.executeVoidFunction("dropCallbacks", null);
  }

  /** Forgets every handle: the isolate, and the functions in it, are going away. */
  void clear() {
    kept.clear();
  }

  /** Runs {@code handle}'s function on the engine thread, handing the call over from the owner if needed. */
  Object call(final JsFunctionHandle handle, final Object[] arguments) {
    if (runtime.isClosed()) {
      throw new IllegalStateException("cannot call a JavaScript function after its JsRuntime was closed");
    }
    if (arguments.length != handle.type.arity()) {
      throw new IllegalArgumentException("the JavaScript function takes " + handle.type.arity()
          + " argument(s), not " + arguments.length);
    }
    return runtime.onEngineForCallback(new Callable<Object>() {
      @Override
      public Object call() {
        return invoke(handle, arguments);
      }
    });
  }

  private Object invoke(JsFunctionHandle handle, Object[] arguments) {
    runtime.budgetLeft();
    releaseUnreachable();
    JsFunctionType type = handle.type;
    List<ReturnableObject> fresh = new ArrayList<ReturnableObject>(0);
    try {
      int status;
      // The glue empties the argument slots once it has read them; if it never got to (an
      // argument that cannot cross, V8 out of stack, termination), they are emptied here: no
      // argument outlives the call (issue 11).
      boolean read = false;
      try {
        slotValues.writeArguments(type, arguments, fresh);
        frame.putDouble(8 * ArgumentSlots.RECEIVER, handle.id);
        status = helpers.executeIntegerFunction("invokeCallback", null);
        read = true;
      } catch (V8RuntimeException e) {
        // The glue could not even catch it: V8 ran out of stack entering it, or was terminated.
        throw runtime.uncaught(e);
      } finally {
        if (!read) {
          slotValues.clear(ArgumentSlots.of(0), arguments.length);
        }
      }
      if (status != 0) {
        throw slotValues.error();
      }
      return slotValues.read(type.returns(), SlotValues.RESULT, "the result of a JavaScript function");
    } catch (BoundaryError e) {
      throw e.toJsException(); // an argument that cannot cross, or a corrupted result
    } finally {
      for (ReturnableObject wrapper : fresh) {
        wrapper.makeWeak(); // adopted by the glue (or never reached it): V8 may collect it from now on
      }
    }
  }

  private static final class Kept extends PhantomReference<JsFunctionHandle> {
    final int id;

    Kept(JsFunctionHandle handle, int id, ReferenceQueue<JsFunctionHandle> queue) {
      super(handle, queue);
      this.id = id;
    }
  }
}
