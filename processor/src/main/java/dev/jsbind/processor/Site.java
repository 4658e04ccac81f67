package dev.jsbind.processor;

import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Where a problem with a member is reported, and how messages name the member. A member inherited
 * from a superclass is reported on the exposed class (the superclass may come from a jar, where
 * javac cannot point at a line), so its description says where it comes from.
 */
final class Site {
  private final Element element;
  private final TypeElement inheritedBy;
  private final Element described;
  private String description;

  private Site(Element element, Element described, TypeElement inheritedBy) {
    this.element = element;
    this.described = described;
    this.inheritedBy = inheritedBy;
  }

  static Site of(TypeElement exposed, Element member) {
    TypeElement declaring = declaringType(member);
    return declaring.equals(exposed) ? new Site(member, member, null) : new Site(exposed, member, exposed);
  }

  /** A site whose description is already known, e.g. a component of a value class. */
  static Site described(Element element, String description) {
    Site site = new Site(element, element, null);
    site.description = description;
    return site;
  }

  static Site ofClass(TypeElement exposed) {
    return new Site(exposed, exposed, null);
  }

  /** Where a diagnostic goes. */
  Element element() {
    return element;
  }

  /**
   * How messages name the member, e.g. {@code method Counter.add(int)}. Made on first use: most
   * sites never report anything, and signatures cost a build noticeably at a thousand classes.
   */
  String description() {
    if (description == null) {
      description = describe(described) + (inheritedBy == null ? "" : " (inherited by " + inheritedBy.getSimpleName() + ")");
    }
    return description;
  }

  static String describe(Element element) {
    switch (element.getKind()) {
      case METHOD:
        return "method " + signature((ExecutableElement) element);
      case CONSTRUCTOR:
        return "constructor " + signature((ExecutableElement) element);
      case FIELD:
        return "field " + declaringType(element).getSimpleName() + "." + element.getSimpleName();
      case PARAMETER:
        return "parameter '" + element.getSimpleName() + "' of "
            + describe(element.getEnclosingElement());
      default:
        if (element instanceof TypeElement type) {
          return type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ')
              + " " + type.getQualifiedName();
        }
        return element.toString();
    }
  }

  /** {@code Counter.add(int)} for a method, {@code Counter(int)} for a constructor. */
  static String signature(ExecutableElement executable) {
    String owner = declaringType(executable).getSimpleName().toString();
    String name = executable.getKind() == ElementKind.CONSTRUCTOR
        ? owner
        : owner + "." + executable.getSimpleName();
    String parameters = executable.getParameters().stream()
        .map(VariableElement::asType)
        .map(Object::toString)
        .collect(Collectors.joining(", ", "(", ")"));
    // A varargs parameter as it was written: String... rather than String[].
    return name + (executable.isVarArgs() && parameters.endsWith("[])")
        ? parameters.substring(0, parameters.length() - 3) + "...)"
        : parameters);
  }

  private static TypeElement declaringType(Element member) {
    Element enclosing = member;
    while (!(enclosing instanceof TypeElement)) {
      enclosing = enclosing.getEnclosingElement();
    }
    return (TypeElement) enclosing;
  }
}
