package dev.jsbind.processor;

import com.palantir.javapoet.ClassName;

/**
 * Names of the runtime types generated code refers to. They are spelled out rather than taken from
 * {@code Class} objects so that the processor never needs the runtime on its own classpath.
 */
final class RuntimeNames {
  private static final String BINDING_PACKAGE = "dev.jsbind.runtime.binding";

  static final ClassName JS_BINDING = ClassName.get(BINDING_PACKAGE, "JsBinding");
  static final ClassName CLASS_TEMPLATE = ClassName.get(BINDING_PACKAGE, "ClassTemplate");
  static final ClassName JS_TYPE = ClassName.get(BINDING_PACKAGE, "JsType");
  static final ClassName JS_PARAM = ClassName.get(BINDING_PACKAGE, "JsParam");
  static final ClassName JS_REST = ClassName.get(BINDING_PACKAGE, "JsRest");
  static final ClassName JS_ARGS = ClassName.get(BINDING_PACKAGE, "JsArgs");
  static final ClassName JS_FUNCTION = ClassName.get(BINDING_PACKAGE, "JsFunction");
  static final ClassName JS_FUNCTION_TYPE = ClassName.get(BINDING_PACKAGE, "JsFunctionType");
  static final ClassName JS_PROMISE_TYPE = ClassName.get(BINDING_PACKAGE, "JsPromiseType");
  static final ClassName JS_ITERABLE_TYPE = ClassName.get(BINDING_PACKAGE, "JsIterableType");

  /**
   * The runtime's {@code BindingFormat.CURRENT}, written into every binding and value shape so that
   * the runtime refuses generated code of another version. Raise both together (a test compares them).
   */
  static final int BINDING_FORMAT = 1;

  /** Follows the class's nested names joined by {@code _}; the runtime finds bindings by this name. */
  static final String BINDING_SUFFIX = "_JsBinding";

  private RuntimeNames() {}
}
