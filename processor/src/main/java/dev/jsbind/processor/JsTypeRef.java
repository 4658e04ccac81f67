package dev.jsbind.processor;

import java.util.Objects;

/**
 * A type as it crosses to JavaScript. {@code javaClass} names the enum or exposed class for
 * {@link Kind#ENUM} and {@link Kind#OBJECT}, and is null for every other kind.
 */
record JsTypeRef(Kind kind, JavaClassRef javaClass) {

  enum Kind {
    VOID,
    BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, CHAR,
    BOXED_BOOLEAN, BOXED_BYTE, BOXED_SHORT, BOXED_INT, BOXED_LONG, BOXED_FLOAT, BOXED_DOUBLE, BOXED_CHAR,
    STRING,
    ENUM,
    OBJECT;

    boolean namesClass() {
      return this == ENUM || this == OBJECT;
    }
  }

  JsTypeRef {
    Objects.requireNonNull(kind, "kind");
    if (kind.namesClass() != (javaClass != null)) {
      throw new IllegalArgumentException(kind + " with class " + javaClass);
    }
  }

  static JsTypeRef of(Kind kind) {
    return new JsTypeRef(kind, null);
  }
}
