package dev.jsbind.processor;

import java.util.Optional;

/**
 * A public static field, a property of the JavaScript constructor. A final field of a primitive or
 * {@code String} type holding a compile-time constant (that JavaScript can hold exactly) is a
 * {@code constant}: JavaScript gets its value once, and reading it never calls Java. Other fields
 * are read (and, when not final, written) through the runtime.
 */
record ExposedStaticField(
    String jsName, String javaName, JsTypeRef type, boolean writable, Optional<Object> constant, JavaMember java) {

  ExposedStaticField {
    if (constant.isPresent() && writable) {
      throw new IllegalArgumentException(jsName + ": a constant cannot be writable");
    }
  }

  boolean isConstant() {
    return constant.isPresent();
  }
}
