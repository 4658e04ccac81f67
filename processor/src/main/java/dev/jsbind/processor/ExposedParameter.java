package dev.jsbind.processor;

/**
 * A parameter of an exposed constructor or method; the name is the Java one, for error messages.
 * A {@link Mode#REST} parameter (Java varargs) has the type of its elements.
 */
record ExposedParameter(String name, JsTypeRef type, Mode mode) {

  /** Whether JavaScript must pass it, may omit it ({@code @JsOptional}), or passes its elements (varargs). */
  enum Mode {
    REQUIRED,
    OPTIONAL,
    REST
  }

  ExposedParameter(String name, JsTypeRef type) {
    this(name, type, Mode.REQUIRED);
  }
}
