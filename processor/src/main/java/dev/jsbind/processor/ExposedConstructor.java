package dev.jsbind.processor;

import java.util.List;

/** A constructor JavaScript {@code new} calls (one of several, which are then dispatched as overloads). */
record ExposedConstructor(List<ExposedParameter> parameters, JavaMember java) implements Invocable {
  ExposedConstructor {
    parameters = List.copyOf(parameters);
  }
}
