package dev.jsbind.processor;

import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** Finds type variables and unresolved types anywhere inside a type (type arguments, arrays, bounds). */
final class TypeContents {
  private TypeContents() {}

  static boolean hasTypeVariable(TypeMirror type) {
    return contains(type, TypeKind.TYPEVAR);
  }

  static boolean hasUnresolved(TypeMirror type) {
    return contains(type, TypeKind.ERROR);
  }

  private static boolean contains(TypeMirror type, TypeKind kind) {
    if (type == null) {
      return false;
    }
    if (type.getKind() == kind) {
      return true;
    }
    switch (type.getKind()) {
      case DECLARED:
        return ((DeclaredType) type).getTypeArguments().stream().anyMatch(arg -> contains(arg, kind));
      case ARRAY:
        return contains(((ArrayType) type).getComponentType(), kind);
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        return contains(wildcard.getExtendsBound(), kind) || contains(wildcard.getSuperBound(), kind);
      default:
        return false;
    }
  }
}
