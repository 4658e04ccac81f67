package dev.jsbind.runtime.j2v8;

import com.eclipsesource.v8.V8;
import com.eclipsesource.v8.V8Array;
import com.eclipsesource.v8.V8ArrayBuffer;
import com.eclipsesource.v8.V8Object;
import com.eclipsesource.v8.V8TypedArray;
import com.eclipsesource.v8.V8Value;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The memory values copied across the boundary travel through (see values.js): a Float64Array
 * the glue writes and Java reads directly, grown on demand. Index 0 holds where the current call's
 * data ends, which is where Java writes that call's result.
 */
final class Tape {
  /** Numbers a tape may hold: beyond that a value is too large to copy (64 MB). Also in values.js. */
  static final int MAX_NUMBERS = 1 << 23;
  private static final int INITIAL_NUMBERS = 4096;
  /** What a tape may keep between top-level scripts (8 MB). */
  private static final int KEEP_NUMBERS = 1 << 20;

  private final V8 v8;
  private final V8Object helpers;
  private final V8Array slots;
  /**
   * Earlier tapes: V8 may still hold their ArrayBuffers (unreachable, not yet collected), whose
   * memory is Java's; kept until the runtime is released. They add up to less than the current one.
   */
  private final List<ByteBuffer> retired = new ArrayList<ByteBuffer>();
  private ByteBuffer buffer;
  private int capacity;
  /** Where the result of the Java call now running goes. */
  private int base;

  Tape(V8 v8, V8Object helpers, V8Array slots) {
    this.v8 = v8;
    this.helpers = helpers;
    this.slots = slots;
    install(INITIAL_NUMBERS);
  }

  double get(int index) {
    return buffer.getDouble(8 * index);
  }

  void put(int index, double value) {
    buffer.putDouble(8 * index, value);
  }

  /** Makes room for {@code numbers} numbers, handing the glue a bigger tape with the same contents. */
  void ensure(long numbers) {
    if (numbers <= capacity) {
      return;
    }
    if (numbers > MAX_NUMBERS) {
      throw new BoundaryError(BoundaryError.Kind.RANGE_ERROR, "too large to copy: more than " + MAX_NUMBERS + " numbers");
    }
    install((int) Math.min(MAX_NUMBERS, Math.max(numbers, 2L * capacity)));
  }

  /**
   * Between top-level scripts nothing is on the tape: one that grew past {@link #KEEP_NUMBERS} for
   * a large value goes back to its initial size, so a runtime does not hold that memory forever.
   */
  void shrinkIfIdleAndLarge() {
    if (capacity > KEEP_NUMBERS) {
      retired.clear();
      buffer = null; // nothing to copy
      install(INITIAL_NUMBERS);
    }
  }

  /** A call from the glue starts: its result goes where the glue's data ends. Answers the outer call's base. */
  int enter() {
    int outer = base;
    base = (int) get(0);
    return outer;
  }

  void leave(int outer) {
    base = outer;
  }

  int base() {
    return base;
  }

  private void install(int numbers) {
    ByteBuffer grown = ByteBuffer.allocateDirect(8 * numbers).order(ByteOrder.nativeOrder());
    if (buffer != null) {
      ByteBuffer old = buffer.duplicate();
      old.clear();
      grown.put(old);
      grown.clear();
      retired.add(buffer);
    }
    V8ArrayBuffer memory = new V8ArrayBuffer(v8, grown);
    V8TypedArray view = null;
    try {
      view = new V8TypedArray(v8, memory, V8Value.FLOAT_64_ARRAY, 0, numbers);
      slots.add("0", view); // through a pre-filled slot, never a J2V8 argument array
      helpers.executeVoidFunction("takeTape", null);
    } finally {
      if (view != null) {
        view.release();
      }
      memory.release();
    }
    buffer = grown;
    capacity = numbers;
  }
}
