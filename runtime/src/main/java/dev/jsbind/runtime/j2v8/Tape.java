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
 *
 * <p>The memory is Java's (a direct buffer V8 uses as the ArrayBuffer's store; J2V8 for Android has
 * no way to reach the bytes of an ArrayBuffer V8 allocated). Java frees it when it drops the
 * buffer, so it keeps every tape's buffer until V8 has collected that tape's ArrayBuffer (a weak
 * handle J2V8 releases then): memory V8 may still reach is never freed, even had a script got hold
 * of a retired tape (it once could, and wrote freed memory: a JVM crash).
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
  /** Every tape V8 may still reach, the current one last: its ArrayBuffer (weak) and its memory. */
  private final List<Held> held = new ArrayList<Held>();
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

  /**
   * Hands the glue a tape of {@code numbers} numbers (with the current one's contents when
   * {@code copy}); its size goes through slot 1, so the glue never asks the typed array (whose
   * inherited {@code length} a script may have redefined).
   */
  private void install(int numbers, boolean copy) {
    ByteBuffer grown = ByteBuffer.allocateDirect(8 * numbers).order(ByteOrder.nativeOrder());
    if (copy && buffer != null) {
      ByteBuffer old = buffer.duplicate();
      old.clear();
      grown.put(old);
      grown.clear();
    }
    V8ArrayBuffer memory = new V8ArrayBuffer(v8, grown);
    V8TypedArray view = null;
    try {
      view = new V8TypedArray(v8, memory, V8Value.FLOAT_64_ARRAY, 0, numbers);
      slots.add("0", view); // through pre-filled slots, never a J2V8 argument array
      slots.add("1", numbers);
      helpers.executeVoidFunction("takeTape", null);
    } finally {
      if (view != null) {
        view.release();
      }
      // Whatever happened, V8 may hold the memory now: it is kept until V8 lets go of it.
      memory.setWeak();
      held.add(new Held(memory, grown));
    }
    buffer = grown;
    capacity = numbers;
    forgetCollected();
  }

  /** Drops the memory of earlier tapes whose ArrayBuffer V8 has collected (J2V8 released the weak handle). */
  private void forgetCollected() {
    for (int i = held.size() - 2; i >= 0; i--) {
      if (held.get(i).arrayBuffer.isReleased()) {
        held.remove(i);
      }
    }
  }

  /** Tapes whose memory Java still keeps (the current one included); for tests. */
  int heldTapes() {
    forgetCollected();
    return held.size();
  }

  private static final class Held {
    final V8ArrayBuffer arrayBuffer;
    final ByteBuffer memory;

    Held(V8ArrayBuffer arrayBuffer, ByteBuffer memory) {
      this.arrayBuffer = arrayBuffer;
      this.memory = memory;
    }
  }
}
