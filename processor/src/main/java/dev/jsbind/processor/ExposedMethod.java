package dev.jsbind.processor;

import java.util.List;

/** A prototype or static method: the name JavaScript calls, and the Java method it calls. */
record ExposedMethod(
    String jsName, String javaName, JsTypeRef returns, List<ExposedParameter> parameters, JavaMember java)
    implements Invocable {
  ExposedMethod {
    parameters = List.copyOf(parameters);
  }
}
