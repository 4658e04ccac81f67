package dev.jsbind.runtime.j2v8;

import dev.jsbind.runtime.JsException;

/**
 * A conversion failure detected on the Java side of the boundary (a wrapper of the wrong class, a
 * long result outside the safe-integer range). It becomes a JavaScript {@code TypeError} or
 * {@code RangeError} with this message and no Java cause.
 */
final class BoundaryError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  enum Kind {
    TYPE_ERROR, RANGE_ERROR
  }

  private final Kind kind;

  BoundaryError(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  Kind kind() {
    return kind;
  }

  /**
   * This failure as Java code calling into JavaScript sees it (a script function, a promise's
   * settlement): a {@code JsException} named like the JavaScript error it would have been, never
   * this internal type.
   */
  JsException toJsException() {
    return new JsException(kind == Kind.RANGE_ERROR ? "RangeError" : "TypeError", getMessage(), "", null);
  }
}
