package dev.jsbind.runtime.j2v8;

/** Limits of JavaScript numbers and strings. */
final class JsValues {
  /** 2^53 − 1: the largest integer a JavaScript number holds exactly, and its neighbours too. */
  static final long MAX_SAFE_INTEGER = 9007199254740991L;

  /**
   * The longest string V8 5.4 makes ({@code v8::String::kMaxLength}, 2^28 − 16): J2V8 turns a
   * longer Java string into {@code undefined} without a word, so jsbind refuses it first.
   */
  static final int MAX_STRING_LENGTH = (1 << 28) - 16;

  private JsValues() {}

  /**
   * {@code s} if V8 can hold it; else a RangeError naming {@code what} (e.g. "the result"), rather
   * than the {@code undefined} J2V8 would hand the script.
   */
  static String fitting(String s, String what) {
    if (s.length() > MAX_STRING_LENGTH) {
      throw new BoundaryError(BoundaryError.Kind.RANGE_ERROR, what + " is a string of " + s.length()
          + " characters, longer than the longest JavaScript string (" + MAX_STRING_LENGTH + ")");
    }
    return s;
  }

  /**
   * A long result as the JavaScript number that holds it exactly; beyond 2^53 − 1 the script gets
   * a RangeError rather than a rounded number.
   */
  static double exactLong(long value) {
    if (value > MAX_SAFE_INTEGER || value < -MAX_SAFE_INTEGER) {
      throw new BoundaryError(BoundaryError.Kind.RANGE_ERROR, "the long " + value
          + " cannot cross as a JavaScript number exactly (|n| must be <= 2^53-1)");
    }
    return value;
  }
}
