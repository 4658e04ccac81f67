package dev.jsbind.runtime.j2v8;

import com.eclipsesource.v8.V8;
import com.eclipsesource.v8.V8Array;
import com.eclipsesource.v8.V8ArrayBuffer;
import com.eclipsesource.v8.V8Object;
import com.eclipsesource.v8.V8TypedArray;
import com.eclipsesource.v8.V8Value;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The memory values copied across the boundary travel through (see values.js): a Float64Array
 * the glue writes and Java reads directly, grown on demand. Index 0 holds where the current call's
 * data ends, which is where Java writes that call's result.
 *
 * <p>The memory is V8's ({@code new V8ArrayBuffer(v8, bytes)}: V8 allocates it and frees it when
 * its ArrayBuffer is collected), and Java holds a handle to the current tape's ArrayBuffer, so the
 * memory lives while Java reads it and for as long as anything in V8 may still reach it. Java
 * memory handed to V8 would be freed when Java drops it, even if V8 still held a view on it: a
 * read or write of freed memory (a JVM crash) had the glue ever leaked a retired tape.
 *
 * <p>Nothing read from the tape is trusted: positions are range-checked here and values by
 * {@link ValueReader}.
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
  /** The current tape's ArrayBuffer: held so that V8 keeps its memory while Java uses it. */
  private V8ArrayBuffer memory;
  /** A view on {@link #memory}'s bytes; used only while {@link #memory} is held. */
  private ByteBuffer buffer;
  private int capacity;
  /** Where the result of the Java call now running goes, as the glue wrote it (checked when used). */
  private double base;

  Tape(V8 v8, V8Object helpers, V8Array slots) {
    this.v8 = v8;
    this.helpers = helpers;
    this.slots = slots;
    install(INITIAL_NUMBERS, false);
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
    install((int) Math.min(MAX_NUMBERS, Math.max(numbers, 2L * capacity)), true);
  }

  /**
   * Between top-level scripts nothing is on the tape: one that grew past {@link #KEEP_NUMBERS} for
   * a large value goes back to its initial size, so a runtime does not hold that memory forever.
   */
  void shrinkIfIdleAndLarge() {
    if (capacity > KEEP_NUMBERS) {
      install(INITIAL_NUMBERS, false); // nothing to copy
    }
  }

  /** A call from the glue starts: its result goes where the glue's data ends. Answers the outer call's base. */
  double enter() {
    double outer = base;
    base = get(0);
    return outer;
  }

  void leave(double outer) {
    base = outer;
  }

  /** Numbers the current tape holds. */
  int capacity() {
    return capacity;
  }

  /**
   * Where the result goes: checked here, when a result is written, since whatever V8 can write is
   * untrusted. A position outside the tape is a {@link BoundaryError}, never a write out of place.
   */
  int base() {
    if (!(base >= 0 && base <= capacity) || base != Math.rint(base)) {
      throw Untrusted.corrupted("a tape position", base);
    }
    return (int) base;
  }

  /** Lets V8 free the current tape's memory once nothing in it reaches the tape; Java never reads it again. */
  void release() {
    if (memory != null) {
      memory.release();
      memory = null;
      buffer = null;
    }
  }

  /** J2V8 handles a Tape holds open (the current tape's ArrayBuffer). */
  static final int HANDLES = 1;

  /**
   * Hands the glue a tape of {@code numbers} numbers (with the current one's contents when
   * {@code copy}); its size goes through slot 1, so the glue never asks the typed array (whose
   * inherited {@code length} a script may have redefined).
   */
  private void install(int numbers, boolean copy) {
    V8ArrayBuffer grown = new V8ArrayBuffer(v8, 8 * numbers);
    V8TypedArray view = null;
    try {
      ByteBuffer bytes = grown.getBackingStore().order(ByteOrder.nativeOrder());
      if (copy && buffer != null) {
        ByteBuffer old = buffer.duplicate();
        old.clear();
        bytes.put(old);
        bytes.clear();
      }
      view = new V8TypedArray(v8, grown, V8Value.FLOAT_64_ARRAY, 0, numbers);
      slots.add("0", view); // through pre-filled slots, never a J2V8 argument array
      slots.add("1", numbers);
      helpers.executeVoidFunction("takeTape", null);
      release();
      memory = grown;
      buffer = bytes;
      grown = null;
      capacity = numbers;
    } finally {
      if (view != null) {
        view.release();
      }
      if (grown != null) {
        grown.release();
      }
    }
  }
}
