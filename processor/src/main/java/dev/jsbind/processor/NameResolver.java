package dev.jsbind.processor;

import java.util.Optional;
import javax.lang.model.element.Element;

/** Picks the JavaScript name of a class or member (annotation or Java default) and rejects unusable ones. */
final class NameResolver {
  private final Diagnostics diagnostics;

  NameResolver(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * The name from {@code annotation}'s {@code name} on {@code element}, else {@code defaultName};
   * empty after reporting when that name cannot be used in {@code scope}.
   */
  Optional<String> resolve(
      Element element, Annotations annotation, String defaultName, JsNames.Scope scope, Site site) {
    Optional<String> explicit = annotation.nameOn(element);
    String name = explicit.orElse(defaultName);
    Optional<String> problem = JsNames.problem(name, scope, explicit.isPresent());
    if (problem.isPresent()) {
      diagnostics.error(site.element(), Message.INVALID_NAME, site.description(), name, problem.get(),
          "Choose another name with " + annotation.display() + "(name = \"...\").");
      return Optional.empty();
    }
    return Optional.of(name);
  }
}
