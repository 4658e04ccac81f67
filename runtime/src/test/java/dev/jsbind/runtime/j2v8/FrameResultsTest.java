package dev.jsbind.runtime.j2v8;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsbind.runtime.binding.JsParam;
import dev.jsbind.runtime.binding.JsType;
import dev.jsbind.runtime.fixtures.Counter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link FrameResults} leaves in the frame for the glue, and which members use it. */
class FrameResultsTest {
  private final ByteBuffer frame = ByteBuffer.allocateDirect(8 * ArgumentSlots.SLOTS).order(ByteOrder.nativeOrder());
  private final FrameResults results = new FrameResults(frame);

  @BeforeEach
  void fillWithLeftovers() {
    for (int slot = 0; slot < ArgumentSlots.SLOTS; slot++) {
      frame.putDouble(8 * slot, -7.5); // what earlier calls left
    }
  }

  @Test
  void valuesGoToTheResultSlotWithStatusOk() {
    assertWritten(JsType.INT, Integer.MIN_VALUE, Integer.MIN_VALUE);
    assertWritten(JsType.BYTE, (byte) -128, -128);
    assertWritten(JsType.SHORT, (short) 32767, 32767);
    assertWritten(JsType.LONG, JsValues.MAX_SAFE_INTEGER, JsValues.MAX_SAFE_INTEGER);
    assertWritten(JsType.FLOAT, 0.1f, (double) 0.1f);
    assertWritten(JsType.DOUBLE, Double.NaN, Double.NaN);
    assertWritten(JsType.BOOLEAN, true, 1);
    assertWritten(JsType.BOOLEAN, false, 0);
    assertWritten(JsType.CHAR, '\uD83D', 0xD83D);
    assertWritten(JsType.BOXED_INT, 42, 42);
  }

  @Test
  void nullIsAStatusNotAValue() {
    results.write(JsType.BOXED_DOUBLE, null);
    assertEquals(FrameResults.NULL, slot(ArgumentSlots.RESULT_STATUS));
    assertEquals(-7.5, slot(ArgumentSlots.RESULT), "the result slot is left alone");
  }

  @Test
  void voidIsOkWithNoValue() {
    results.write(JsType.VOID, null);
    assertEquals(FrameResults.OK, slot(ArgumentSlots.RESULT_STATUS));
    assertEquals(-7.5, slot(ArgumentSlots.RESULT));
  }

  @Test
  void aLongBeyondTwoToThe53ThrowsBeforeWritingAnything() {
    BoundaryError e = assertThrows(BoundaryError.class, () -> results.write(JsType.LONG, JsValues.MAX_SAFE_INTEGER + 1));
    assertEquals(BoundaryError.Kind.RANGE_ERROR, e.kind());
    assertEquals(-7.5, slot(ArgumentSlots.RESULT_STATUS));
    assertEquals(-7.5, slot(ArgumentSlots.RESULT));
  }

  @Test
  void failedIsAStatus() {
    results.failed();
    assertEquals(FrameResults.FAILED, slot(ArgumentSlots.RESULT_STATUS));
  }

  @Test
  void onlyMembersWithNumberBooleanCharOrNoResultUseTheFrame() {
    assertTrue(FrameResults.carries(member(Member.Kind.METHOD, JsType.INT)));
    assertTrue(FrameResults.carries(member(Member.Kind.STATIC_GETTER, JsType.BOXED_LONG)));
    assertTrue(FrameResults.carries(member(Member.Kind.SETTER, JsType.VOID)));
    assertTrue(FrameResults.carries(member(Member.Kind.FUNCTION, JsType.CHAR)));
    assertFalse(FrameResults.carries(member(Member.Kind.METHOD, JsType.STRING)));
    assertFalse(FrameResults.carries(member(Member.Kind.METHOD, JsType.object(Counter.class))));
    assertFalse(FrameResults.carries(member(Member.Kind.METHOD, JsType.arrayOf(JsType.INT))));
    assertFalse(FrameResults.carries(member(Member.Kind.CONSTRUCTOR, JsType.object(Counter.class))));
    assertFalse(FrameResults.carries(member(Member.Kind.ITERATOR, JsType.INT)), "an iterator's end shares the frame");
  }

  private void assertWritten(JsType type, Object value, double expected) {
    fillWithLeftovers();
    results.write(type, value);
    assertEquals(FrameResults.OK, slot(ArgumentSlots.RESULT_STATUS), type.toString());
    assertEquals(expected, slot(ArgumentSlots.RESULT), type.toString());
  }

  private double slot(int slot) {
    return frame.getDouble(8 * slot);
  }

  private static Member member(Member.Kind kind, JsType returns) {
    return new Member(kind, Counter.class, "Counter", "m", returns, new JsParam[0], null);
  }
}
