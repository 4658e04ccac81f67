package dev.jsbind.processor;

/** A parameter of an exposed constructor or method; the name is the Java one, for error messages. */
record ExposedParameter(String name, JsTypeRef type) {}
