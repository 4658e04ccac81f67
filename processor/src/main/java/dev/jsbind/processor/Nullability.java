package dev.jsbind.processor;

import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Whether a parameter, field, method (its result) or value component is declared nullable: by
 * jsbind's {@code @JsNullable}, or by any annotation named {@code Nullable}: JetBrains'
 * ({@code org.jetbrains.annotations}, which Kotlin writes on every nullable type), JSpecify's,
 * JSR-305's ({@code javax.annotation}), AndroidX's, the Checker Framework's, … They all say the
 * same thing, so jsbind honours them without a dependency on any: they are matched by simple name,
 * on the element itself or, for type-use annotations such as JSpecify's, on its type.
 */
final class Nullability {
  private static final String NULLABLE = "Nullable";

  private Nullability() {}

  /**
   * The annotation that makes {@code element} nullable, as written in messages
   * ({@code @JsNullable}, {@code @org.jspecify.annotations.Nullable}), or empty.
   */
  static Optional<String> declaredOn(Element element) {
    if (Annotations.NULLABLE.isOn(element)) {
      return Optional.of(Annotations.NULLABLE.display());
    }
    return Stream.concat(element.getAnnotationMirrors().stream(), typeOf(element).getAnnotationMirrors().stream())
        .map(Nullability::qualifiedName)
        .filter(name -> name.equals(NULLABLE) || name.endsWith("." + NULLABLE))
        .findFirst()
        .map(name -> "@" + name);
  }

  /** The type a type-use annotation of {@code element} sits on: a method's result, else its own type. */
  private static TypeMirror typeOf(Element element) {
    return element.getKind() == ElementKind.METHOD
        ? ((ExecutableElement) element).getReturnType()
        : element.asType();
  }

  private static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }
}
