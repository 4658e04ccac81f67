package dev.jsbind.runtime.j2v8;

/** Limits of JavaScript numbers. */
final class JsValues {
  /** 2^53 − 1: the largest integer a JavaScript number holds exactly, and its neighbours too. */
  static final long MAX_SAFE_INTEGER = 9007199254740991L;

  private JsValues() {}

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
