package dev.jsbind.runtime.j2v8;

import dev.jsbind.runtime.binding.JsType;

/**
 * Where the glue puts a call's receiver and arguments for Java to read: natives are called with
 * no arguments at all.
 *
 * <p>Why: J2V8 copies a call's arguments into a fresh array with ordinary [[Set]], so a script
 * that defines an indexed setter on {@code Array.prototype} sees (and can swallow) every value on
 * its way to Java, and each argument costs Java a JNI read. Instead, numbers go through the frame
 * (a Float64Array over memory Java reads directly) and strings and nullable values through a
 * private array whose slots always exist, so writes never reach a prototype. Slot 0 of the frame
 * is the new-wrapper id; 1 the receiver's id; arguments start at 2. Numbers, booleans and chars
 * come back the same way (see {@link FrameResults}).
 *
 * <p>Nothing a call puts here outlives it (issue 11): whoever reads a slot empties it, each
 * member's glue empties the argument slots it filled once its native has returned (their number
 * is known when the glue is written), Java empties what it wrote when the glue never ran, and a
 * top-level script starts from empty slots. Nothing is ever found by looking for the first empty
 * slot: counts are passed. Frame word 1 holds only ids, statuses and counts, never a value.
 */
final class ArgumentSlots {
  static final int NEW_WRAPPER = 0;
  /**
   * With a new wrapper: the number of its final-field record maker (0: none); the values follow
   * in the argument slots (see {@link FinalFields}).
   */
  static final int NEW_WRAPPER_FINALS = 1;
  static final int RECEIVER = 1;
  /** When Java hands the glue an error: its kind and its cause id. */
  static final int ERROR_KIND = 1;
  static final int ERROR_CAUSE = 2;
  /**
   * After a native whose result crosses in the frame (see {@link FrameResults}): how the call
   * ended, and the result. Free to reuse: Java has copied the receiver and arguments by then.
   */
  static final int RESULT_STATUS = 1;
  static final int RESULT = 2;
  private static final int FIRST_ARGUMENT = 2;
  /** Also the length of the private slot array and the most parameters a member may have. */
  static final int SLOTS = 64;
  static final int MAX_PARAMETERS = SLOTS - FIRST_ARGUMENT;

  private ArgumentSlots() {}

  static int of(int parameter) {
    return FIRST_ARGUMENT + parameter;
  }

  /**
   * Whether a value of this type travels as a number in the frame: non-null numbers and booleans,
   * enum ordinals (-1 for null), wrapper ids and the ids of functions and promises. Strings, chars and boxes go through the slots.
   */
  static boolean inFrame(JsType type) {
    switch (type.kind()) {
      case ENUM:
      case OBJECT:
      case FUNCTION: // functions and promises cross as ids (see FunctionBridge, PromiseBridge)
      case PROMISE:
      case ITERABLE:
      case ITERATOR:
        return true;
      case BOOLEAN:
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case FLOAT:
      case DOUBLE:
        return !type.nullable();
      default:
        return false;
    }
  }
}
