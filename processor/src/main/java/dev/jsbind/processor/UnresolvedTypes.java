package dev.jsbind.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Whether a class still mentions types javac could not resolve, which is normal while another
 * processor has yet to generate them. Such a class is processed in a later round.
 */
final class UnresolvedTypes {
  private UnresolvedTypes() {}

  static boolean anyIn(TypeElement type) {
    for (TypeElement current = type; current != null; current = superclass(current)) {
      if (current.getSuperclass().getKind() == TypeKind.ERROR) {
        return true;
      }
      for (Element member : current.getEnclosedElements()) {
        if (mentionsUnresolved(member)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean mentionsUnresolved(Element member) {
    if (member instanceof ExecutableElement executable) {
      return TypeContents.hasUnresolved(executable.getReturnType())
          || executable.getParameters().stream()
              .map(VariableElement::asType)
              .anyMatch(TypeContents::hasUnresolved);
    }
    return member instanceof VariableElement field && TypeContents.hasUnresolved(field.asType());
  }

  private static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) superclass).asElement()
        : null;
  }
}
