package dev.jsbind.runtime.j2v8;

import dev.jsbind.runtime.binding.JsBinding;

/**
 * Finds the binding the processor generated for a class, by name. This is the only reflective
 * step: it loads one class and calls its public no-argument constructor. No member of an exposed
 * class is ever looked up reflectively.
 */
final class Bindings {
  private Bindings() {}

  /** The binding of exactly {@code type}, or {@code null} if it has none. */
  static <T> JsBinding<T> find(Class<T> type) {
    ClassLoader loader = type.getClassLoader();
    if (loader == null) {
      return null; // a JDK class: never exposed
    }
    Class<?> bindingClass;
    try {
      bindingClass = Class.forName(JsBinding.bindingClassName(type), true, loader);
    } catch (ClassNotFoundException notExposed) {
      return null;
    }
    Object binding;
    try {
      binding = bindingClass.getConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException("cannot create " + bindingClass.getName() + ": " + e, e);
    }
    if (!(binding instanceof JsBinding) || ((JsBinding<?>) binding).type() != type) {
      throw new IllegalStateException(bindingClass.getName() + " is not the jsbind binding of " + type.getName());
    }
    @SuppressWarnings("unchecked") // checked just above: its type() is exactly `type`
    JsBinding<T> typed = (JsBinding<T>) binding;
    return typed;
  }
}
