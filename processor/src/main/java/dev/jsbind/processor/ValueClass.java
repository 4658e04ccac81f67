package dev.jsbind.processor;

import java.util.List;
import java.util.Optional;

/**
 * A {@code @JsValue} class after validation: its components in declaration order and how
 * generated code builds an instance. {@code jsName} names its TypeScript interface.
 */
record ValueClass(JavaClassRef type, String jsName, Construction construction, List<Component> components,
    Optional<String> doc) {

  ValueClass {
    components = List.copyOf(components);
  }

  /** How an instance is made from its components. */
  enum Construction {
    /** {@code new T(c0, c1, …)}: a record's canonical constructor, or a class's all-fields one. */
    CONSTRUCTOR,
    /** {@code new T()}, then each public field assigned. */
    FIELDS
  }

  /**
   * One component: its JavaScript property name, type, and how Java reads it ({@code viaMethod}:
   * a record's accessor method, else a public field of that name).
   */
  record Component(String name, JsTypeRef type, boolean viaMethod, Optional<String> doc) {}
}
