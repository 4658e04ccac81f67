package dev.jsbind.runtime.j2v8;

import dev.jsbind.runtime.binding.JsType;

/**
 * Checks for numbers Java decodes from memory V8 can write (the frame, the tape): the glue checked
 * every value before writing it and no script can reach that memory, but Java does not rely on
 * either. A number that does not fit its declared type is a {@link BoundaryError}, never a
 * narrowing cast that silently saturates or truncates (2^62 read as an int is not 2147483647).
 */
final class Untrusted {
  private static final double MAX_SAFE = 9007199254740991d;

  private Untrusted() {}

  /** {@code v} when it is a value of {@code kind} (a primitive kind, an enum's ordinal or an id). */
  static double number(JsType type, double v) {
    if (!fits(type, v)) {
      throw corrupted(type.description(), v);
    }
    return v;
  }

  private static boolean fits(JsType type, double v) {
    switch (type.kind()) {
      case BOOLEAN:
        return v == 0 || v == 1;
      case BYTE:
        return v == (byte) v;
      case SHORT:
        return v == (short) v;
      case INT:
        return v == (int) v;
      case LONG:
        return v == Math.rint(v) && v >= -MAX_SAFE && v <= MAX_SAFE;
      case FLOAT:
        return !Float.isInfinite((float) v) || Double.isInfinite(v); // what Math.fround accepts
      case CHAR:
        return v == (char) v;
      case ENUM:
        return v == (int) v && v >= -1 && v < ((dev.jsbind.runtime.binding.JsEnum<?>) type).size();
      case OBJECT:
      case FUNCTION:
      case PROMISE:
      case ITERABLE:
      case ITERATOR:
        return v == (int) v && v >= 0;
      default:
        return true; // double: every number is one
    }
  }

  /** A count or length in {@code [-1, max]} (-1: null). */
  static int count(double v, int max) {
    if (!(v == (int) v && v >= -1 && v <= max)) {
      throw corrupted("a count of at most " + max, v);
    }
    return (int) v;
  }

  /** A wrapper id, or -1 (which no object has) when {@code v} is not one. */
  static int id(double v) {
    return v == (int) v && v >= 0 ? (int) v : -1;
  }

  static BoundaryError corrupted(String expected, double v) {
    return new BoundaryError(BoundaryError.Kind.RANGE_ERROR,
        "jsbind: a value crossing to Java was corrupted in shared memory (expected " + expected + ", found " + v + ")");
  }
}
