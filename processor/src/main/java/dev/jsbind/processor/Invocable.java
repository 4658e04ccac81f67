package dev.jsbind.processor;

import java.util.List;

/**
 * What JavaScript calls with arguments: a constructor or a method. Several of them under one
 * JavaScript name (overloaded methods, or a class's constructors) are dispatched alike, so
 * {@link OverloadCheck} judges them by their parameters alone.
 */
interface Invocable {
  List<ExposedParameter> parameters();
}
