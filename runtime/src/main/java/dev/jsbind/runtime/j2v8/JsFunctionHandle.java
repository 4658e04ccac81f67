package dev.jsbind.runtime.j2v8;

import dev.jsbind.runtime.binding.JsFunction;
import dev.jsbind.runtime.binding.JsFunctionType;

/**
 * A script's function as Java holds it: only the id under which the glue keeps it. While this
 * object is reachable the function stays alive; once it is not, {@link FunctionBridge} lets the
 * glue drop it.
 */
final class JsFunctionHandle implements JsFunction {
  private final FunctionBridge bridge;
  final int id;
  final JsFunctionType type;

  JsFunctionHandle(FunctionBridge bridge, int id, JsFunctionType type) {
    this.bridge = bridge;
    this.id = id;
    this.type = type;
  }

  @Override
  public Object call(Object... arguments) {
    return bridge.call(this, arguments);
  }

  @Override
  public String toString() {
    return "JsFunction#" + id;
  }
}
