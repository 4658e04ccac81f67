package dev.jsbind.runtime.j2v8;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.eclipsesource.v8.V8;
import com.eclipsesource.v8.V8Array;
import com.eclipsesource.v8.V8Function;
import com.eclipsesource.v8.V8Object;
import org.junit.jupiter.api.Test;

/**
 * The tape's memory is Java's, and V8 may hold a tape Java has retired (grown or shrunk past):
 * Java keeps that memory until V8 has collected the tape, and only then lets it go.
 */
class TapeMemoryTest {
  @Test
  void retiredTapesLiveUntilV8LetsGoOfThem() throws Exception {
    V8 v8 = NativeLibrary.createRuntime();
    V8Array slots = new V8Array(v8).pushNull().pushNull();
    V8Function make = (V8Function) v8.executeScript("(function (slots) { var kept = [];"
        + " return {takeTape: function () { kept.push(slots[0]); slots[0] = slots[1] = null; },"
        + "  drop: function () { kept = []; },"
        + "  scribble: function () { var n = 0; for (var i = 0; i < kept.length; i++) { kept[i][0] = 7; n += kept[i][0]; } return n; }};"
        + "})");
    V8Array args = new V8Array(v8).push(slots);
    V8Object helpers = (V8Object) make.call(null, args);
    try {
      Tape tape = new Tape(v8, helpers, slots);
      tape.ensure(5000); // grown: the first tape is retired
      tape.ensure((1 << 20) + 1); // grown past what is kept between scripts
      tape.shrinkIfIdleAndLarge(); // back to its first size: the large one is retired
      v8.lowMemoryNotification();
      System.gc();
      Thread.sleep(100); // a direct buffer's memory is freed after Java collects it
      assertEquals(4, tape.heldTapes(), "every tape the script still holds keeps its memory");
      assertEquals(28, helpers.executeIntegerFunction("scribble", null), "the script writes memory Java still keeps");
      helpers.executeVoidFunction("drop", null);
      v8.lowMemoryNotification();
      assertEquals(1, tape.heldTapes(), "once V8 collected them, only the current tape is kept");
    } finally {
      args.release();
      make.release();
      helpers.release();
      slots.release();
      v8.release(false);
    }
  }
}
