package dev.jsbind.processor;

import java.util.List;

/** The constructor JavaScript {@code new} calls. */
record ExposedConstructor(List<ExposedParameter> parameters, JavaMember java) {
  ExposedConstructor {
    parameters = List.copyOf(parameters);
  }
}
