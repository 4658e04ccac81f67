package dev.jsbind.processor;

import dev.jsbind.annotations.JsConstructor;
import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsIgnore;
import dev.jsbind.annotations.JsMethod;
import dev.jsbind.annotations.JsNullable;
import dev.jsbind.annotations.JsOptional;
import dev.jsbind.annotations.JsProperty;
import dev.jsbind.annotations.JsValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads jsbind annotations through mirrors. Mirrors work the same for classes being compiled and
 * for classes read from jars (the annotations have CLASS retention).
 */
enum Annotations {
  EXPOSED(JsExposed.class.getCanonicalName()),
  METHOD(JsMethod.class.getCanonicalName()),
  PROPERTY(JsProperty.class.getCanonicalName()),
  CONSTRUCTOR(JsConstructor.class.getCanonicalName()),
  IGNORE(JsIgnore.class.getCanonicalName()),
  NULLABLE(JsNullable.class.getCanonicalName()),
  OPTIONAL(JsOptional.class.getCanonicalName()),
  VALUE(JsValue.class.getCanonicalName());

  /** The member annotations, which only make sense inside an {@code @JsExposed} class. */
  static final List<Annotations> MEMBER_ANNOTATIONS = List.of(METHOD, PROPERTY, CONSTRUCTOR, IGNORE, NULLABLE, OPTIONAL);

  private final String qualifiedName;

  Annotations(String qualifiedName) {
    this.qualifiedName = qualifiedName;
  }

  String qualifiedName() {
    return qualifiedName;
  }

  /** How the annotation is written in messages, e.g. {@code @JsMethod}. */
  String display() {
    return "@" + qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  boolean isOn(Element element) {
    return mirrorOn(element).isPresent();
  }

  /** The explicit, non-empty {@code name} of the annotation on {@code element}, if any. */
  Optional<String> nameOn(Element element) {
    return mirrorOn(element).flatMap(Annotations::explicitName);
  }

  private Optional<? extends AnnotationMirror> mirrorOn(Element element) {
    return element.getAnnotationMirrors().stream()
        .filter(mirror -> ((TypeElement) mirror.getAnnotationType().asElement())
            .getQualifiedName().contentEquals(qualifiedName))
        .findFirst();
  }

  private static Optional<String> explicitName(AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("name")
          && entry.getValue().getValue() instanceof String name
          && !name.isEmpty()) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }
}
