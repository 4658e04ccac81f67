package dev.jsbind.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/** Java for the types that cross by copy: their {@code JsType} and their Java type names. */
final class ValueCodes {
  private static final ClassName LIST = ClassName.get("java.util", "List");
  private static final ClassName SET = ClassName.get("java.util", "Set");
  private static final ClassName MAP = ClassName.get("java.util", "Map");
  private static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  private static final ClassName STRING = ClassName.get("java.lang", "String");

  private ValueCodes() {}

  /**
   * {@code JsType.listOf(JsType.BOXED_INT)}, {@code JsType.arrayOf(JsType.STRING, String[]::new)},
   * {@code JsType.value(Point_JsValue.SHAPE)}; {@code .orNull()} when {@code @JsNullable}.
   */
  static CodeBlock jsType(JsTypeRef type) {
    CodeBlock plain = switch (type.kind()) {
      case ARRAY -> javaType(type.element()).isPrimitive()
          ? CodeBlock.of("$T.arrayOf($L)", RuntimeNames.JS_TYPE, TypeCodes.jsType(type.element()))
          : CodeBlock.of("$T.arrayOf($L, $T::new)", RuntimeNames.JS_TYPE, TypeCodes.jsType(type.element()),
              ArrayTypeName.of(javaType(type.element())));
      case LIST -> CodeBlock.of("$T.listOf($L)", RuntimeNames.JS_TYPE, TypeCodes.jsType(type.element()));
      case SET -> CodeBlock.of("$T.setOf($L)", RuntimeNames.JS_TYPE, TypeCodes.jsType(type.element()));
      case MAP -> ValueTypes.mapKeys(type)
          .map(k -> CodeBlock.of("$T.mapOf($L, $L)", RuntimeNames.JS_TYPE, TypeCodes.jsType(k),
              TypeCodes.jsType(type.element())))
          .orElse(CodeBlock.of("$T.mapOf($L)", RuntimeNames.JS_TYPE, TypeCodes.jsType(type.element())));
      case OPTIONAL -> CodeBlock.of("$T.optionalOf($L)", RuntimeNames.JS_TYPE, TypeCodes.jsType(type.element()));
      case VALUE -> CodeBlock.of("$T.value($T.SHAPE)", RuntimeNames.JS_TYPE, shapeClass(type.javaClass()));
      default -> throw new IllegalArgumentException(type.kind() + " is not copied");
    };
    return type.nullableObject() ? CodeBlock.of("$L.orNull()", plain) : plain;
  }

  private static String capitalized(JsTypeRef.Kind kind) {
    String name = kind.name().toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** The generated shape class of a {@code @JsValue} class, in its package. */
  static ClassName shapeClass(JavaClassRef type) {
    return ClassName.get(type.packageName(), ValueTypes.shapeName(type));
  }

  /** The Java type a value of {@code type} has: {@code int}, {@code List<Integer>}, {@code Point[]}. */
  static TypeName javaType(JsTypeRef type) {
    return switch (type.kind()) {
      case VALUE -> TypeCodes.className(type.javaClass());
      case ARRAY -> ArrayTypeName.of(javaType(type.element()));
      case LIST -> ParameterizedTypeName.get(LIST, javaType(type.element()).box());
      case SET -> ParameterizedTypeName.get(SET, javaType(type.element()).box());
      case MAP -> ParameterizedTypeName.get(MAP, ValueTypes.mapKeys(type).map(ValueCodes::javaType).orElse(STRING),
          javaType(type.element()).box());
      case OPTIONAL -> javaType(type.element()).isPrimitive()
          ? ClassName.get("java.util", "Optional" + capitalized(type.element().kind())) // OptionalInt…
          : ParameterizedTypeName.get(OPTIONAL, javaType(type.element()).box());
      case VOID -> throw new IllegalArgumentException("void has no values");
      default -> TypeCodes.javaType(type); // the types that do not cross by copy
    };
  }
}
