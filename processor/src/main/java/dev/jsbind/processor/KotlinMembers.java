package dev.jsbind.processor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * Kotlin classes as javac sees them (kapt's Java stubs, or class files): a class compiled from
 * Kotlin carries {@code @kotlin.Metadata}. Two things Kotlin generates are read the Kotlin way:
 *
 * <ul>
 *   <li>the getter and setter of a stored property (one with a backing field: {@code val x} or
 *       {@code var x} initialised or set in a constructor) are a JavaScript property, as if they
 *       were annotated {@code @JsProperty}: {@code val} read-only, {@code var} writable. A computed
 *       property has no field to tell its getter from a function named {@code getX}; annotate it
 *       {@code @get:JsProperty}.
 *   <li>the static field holding a companion object ({@code Companion}) is plumbing, not API: it is
 *       left out. The companion's {@code @JvmStatic} members and {@code const val}s are statics of
 *       the class, exposed as any.
 * </ul>
 *
 * Nothing else changes: Kotlin's {@code @Nullable} annotations are read by {@link Nullability}.
 */
final class KotlinMembers {
  private static final String METADATA = "kotlin.Metadata";

  private KotlinMembers() {}

  static boolean isKotlin(TypeElement type) {
    return type.getAnnotationMirrors().stream().anyMatch(mirror ->
        ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(METADATA));
  }

  /** A public instance getter or setter Kotlin generated for a stored property. */
  static boolean isPropertyAccessor(Element member) {
    if (member.getKind() != ElementKind.METHOD
        || !member.getModifiers().contains(Modifier.PUBLIC)
        || member.getModifiers().contains(Modifier.STATIC)
        || !(member.getEnclosingElement() instanceof TypeElement owner)
        || !isKotlin(owner)) {
      return false;
    }
    ExecutableElement method = (ExecutableElement) member;
    String name = method.getSimpleName().toString();
    int parameters = method.getParameters().size();
    boolean returnsVoid = method.getReturnType().getKind() == TypeKind.VOID;
    if (parameters == 0 && !returnsVoid && name.startsWith("get") && name.length() > 3) {
      return hasField(owner, name.substring(3));
    }
    if (parameters == 0 && name.startsWith("is") && name.length() > 2
        && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
      return hasField(owner, name); // Kotlin's `val isOpen` keeps its name for field and getter
    }
    if (parameters == 1 && returnsVoid && name.startsWith("set") && name.length() > 3) {
      String property = name.substring(3);
      return hasField(owner, property) || hasField(owner, "is" + property);
    }
    return false;
  }

  /** The static field Kotlin declares for a companion object: named and typed after it. */
  static boolean isCompanionField(VariableElement field) {
    if (!(field.getEnclosingElement() instanceof TypeElement owner) || !isKotlin(owner)
        || field.asType().getKind() != TypeKind.DECLARED) {
      return false;
    }
    Element type = ((DeclaredType) field.asType()).asElement();
    return type.getEnclosingElement().equals(owner)
        && ((TypeElement) type).getNestingKind() == NestingKind.MEMBER
        && type.getSimpleName().contentEquals(field.getSimpleName());
  }

  /** Whether {@code owner} declares a field for the property whose accessor name ends in {@code suffix}. */
  private static boolean hasField(TypeElement owner, String suffix) {
    // Kotlin's property `url` has the getter getUrl, and `URL` the getter getURL.
    Set<String> candidates = new HashSet<>(List.of(suffix, JsNames.decapitalize(suffix),
        Character.toLowerCase(suffix.charAt(0)) + suffix.substring(1)));
    return ElementFilter.fieldsIn(owner.getEnclosedElements()).stream()
        .anyMatch(field -> candidates.contains(field.getSimpleName().toString()));
  }
}
