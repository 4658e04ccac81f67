package dev.jsbind.processor;

import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Recognises bean-style accessors: {@code getX()}, {@code isX()} (boolean) and {@code setX(value)}. */
final class AccessorParser {

  /** A recognised accessor: the property's default name and type, and whether it writes. */
  record Accessor(String propertyName, TypeMirror propertyType, boolean isSetter) {}

  private final Types types;
  private final Diagnostics diagnostics;

  AccessorParser(Types types, Diagnostics diagnostics) {
    this.types = types;
    this.diagnostics = diagnostics;
  }

  /** The accessor {@code method} is, or empty after reporting that it is none. */
  Optional<Accessor> parse(TypeElement exposed, ExecutableElement method) {
    Site site = Site.of(exposed, method);
    ExecutableType resolved = (ExecutableType) types.asMemberOf((DeclaredType) exposed.asType(), method);
    String name = method.getSimpleName().toString();
    TypeMirror returns = resolved.getReturnType();
    int parameterCount = resolved.getParameterTypes().size();
    if (!method.getTypeParameters().isEmpty()) {
      diagnostics.error(site.element(), Message.TYPE_VARIABLE, site.description(),
          method.getTypeParameters(), "A property has one concrete type; remove the type parameters.");
      return Optional.empty();
    }
    if (parameterCount == 0 && hasPrefixAndMore(name, "get") && returns.getKind() != TypeKind.VOID) {
      return Optional.of(new Accessor(JsNames.decapitalize(name.substring(3)), returns, false));
    }
    if (parameterCount == 0 && hasPrefixAndMore(name, "is") && isBoolean(returns)) {
      return Optional.of(new Accessor(JsNames.decapitalize(name.substring(2)), returns, false));
    }
    if (parameterCount == 1 && hasPrefixAndMore(name, "set") && returns.getKind() == TypeKind.VOID) {
      return Optional.of(
          new Accessor(JsNames.decapitalize(name.substring(3)), resolved.getParameterTypes().get(0), true));
    }
    diagnostics.error(site.element(), Message.NOT_AN_ACCESSOR, site.description(),
        "is neither a getter (getX() or, returning boolean, isX(), without parameters) nor a setter"
            + " (setX(value) returning void)",
        "Rename it to follow that pattern, or use @JsMethod to expose it as a method.");
    return Optional.empty();
  }

  private static boolean hasPrefixAndMore(String name, String prefix) {
    return name.startsWith(prefix) && name.length() > prefix.length();
  }

  private static boolean isBoolean(TypeMirror type) {
    return type.getKind() == TypeKind.BOOLEAN
        || (type instanceof DeclaredType declared
            && declared.asElement() instanceof TypeElement element
            && element.getQualifiedName().contentEquals("java.lang.Boolean"));
  }
}
