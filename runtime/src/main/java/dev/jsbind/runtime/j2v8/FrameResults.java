package dev.jsbind.runtime.j2v8;

import dev.jsbind.runtime.binding.JsType;
import java.nio.ByteBuffer;

/**
 * Member results that come back to the glue in the frame (see {@link ArgumentSlots}) rather than
 * as the value a J2V8 callback returns: numbers, booleans and chars, boxed or not, and nothing at
 * all ({@code void}, setters).
 *
 * <p>Why: for a callback's result J2V8 asks the JVM what class it is, unboxes it and makes a V8
 * value, several JNI calls on every call; the natives of these members are {@code JavaVoidCallback}s
 * instead, and the glue reads the result from memory Java wrote directly. How the call ended goes
 * in {@link ArgumentSlots#RESULT_STATUS}: {@link #OK} (the value is in {@link ArgumentSlots#RESULT}),
 * {@link #NULL} or {@link #FAILED} (the error waits in {@link ErrorBridge}, as when a callback
 * returns the token). Java writes both as the call's last step, after everything the member ran
 * (scripts it called included), and the glue reads both at once when the native returns: a
 * nested call can never overwrite a result before its glue has read it.
 */
final class FrameResults {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int NULL = 2;

  private final ByteBuffer frame;

  FrameResults(ByteBuffer frame) {
    this.frame = frame;
  }

  /**
   * Whether {@code member}'s native leaves its result in the frame. Constructors and iterators
   * answer wrappers (an iterator also its end in the receiver slot); their natives return as before.
   */
  static boolean carries(Member member) {
    switch (member.kind) {
      case METHOD:
      case STATIC_METHOD:
      case GETTER:
      case STATIC_GETTER:
      case SETTER:
      case STATIC_SETTER:
      case FUNCTION:
        return carried(member.returns);
      default:
        return false;
    }
  }

  private static boolean carried(JsType type) {
    switch (type.kind()) {
      case VOID:
      case BOOLEAN:
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case FLOAT:
      case DOUBLE:
      case CHAR:
        return true;
      default:
        return false;
    }
  }

  /**
   * Puts a member's Java result ({@code null} for {@code void}) where the glue reads it. A long
   * beyond 2^53 − 1 throws, before anything is written, as it does for any long that crosses.
   */
  void write(JsType type, Object value) {
    if (type.kind() == JsType.Kind.VOID) {
      status(OK);
    } else if (value == null) {
      status(NULL);
    } else {
      frame.putDouble(8 * ArgumentSlots.RESULT, number(type, value));
      status(OK);
    }
  }

  /** Tells the glue the call failed; the error itself was recorded in the {@link ErrorBridge}. */
  void failed() {
    status(FAILED);
  }

  private void status(int status) {
    frame.putDouble(8 * ArgumentSlots.RESULT_STATUS, status);
  }

  /** The number the glue turns back into the result: booleans as 1 or 0, chars as their UTF-16 unit. */
  private static double number(JsType type, Object value) {
    switch (type.kind()) {
      case BOOLEAN:
        return ((Boolean) value) ? 1 : 0;
      case CHAR:
        return (Character) value;
      case LONG:
        return JsValues.exactLong((Long) value);
      default:
        return ((Number) value).doubleValue(); // byte, short, int, float (widened exactly) and double
    }
  }
}
