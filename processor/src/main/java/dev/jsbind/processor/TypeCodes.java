package dev.jsbind.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.jsbind.processor.JsTypeRef.Kind;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Java expressions for a {@link JsTypeRef}: its {@code JsType} and how to read it from {@code JsArgs}. */
final class TypeCodes {
  private TypeCodes() {}

  /** {@code JsType.INT}, {@code JsType.enumOf(E.class, E.values())}, {@code JsType.object(C.class)}. */
  static CodeBlock jsType(JsTypeRef type) {
    return jsType(type, 0);
  }

  /** {@code depth} keeps the names of nested lambdas and anonymous classes apart. */
  private static CodeBlock jsType(JsTypeRef type, int depth) {
    if (ValueTypes.isCopied(type.kind())) {
      return ValueCodes.jsType(type);
    }
    switch (type.kind()) {
      case FUNCTION:
        return FunctionCodes.functionType(type, depth);
      case PROMISE:
        return CodeBlock.of("$T.$L($L)", RuntimeNames.JS_PROMISE_TYPE, type.nullableObject() ? "nullableOf" : "of",
            jsType(type.element(), depth));
      case ITERABLE:
      case ITERATOR:
        return CodeBlock.of("$T.$L($L)", RuntimeNames.JS_ITERABLE_TYPE,
            type.kind() == Kind.ITERABLE ? "iterable" : "iterator", jsType(type.element(), depth));
      case ENUM:
        ClassName enumClass = className(type.javaClass());
        return CodeBlock.of("$T.enumOf($T.class, $T.values())", RuntimeNames.JS_TYPE, enumClass, enumClass);
      case OBJECT:
        return CodeBlock.of(type.nullableObject() ? "$T.nullableObject($T.class)" : "$T.object($T.class)",
            RuntimeNames.JS_TYPE, className(type.javaClass()));
      default:
        // The JsType constants are named after the kinds: INT, BOXED_INT, STRING, VOID…
        return CodeBlock.of("$T.$L", RuntimeNames.JS_TYPE, type.kind().name());
    }
  }

  /**
   * Whether the type is one of the {@code JsType} constants named after the kinds (the primitives,
   * their boxes, {@code String} and {@code void}), which member tables name instead of coding.
   */
  static boolean isNamedConstant(JsTypeRef type) {
    return NAMED_CONSTANTS.contains(type.kind());
  }

  private static final Set<Kind> NAMED_CONSTANTS = EnumSet.of(
      Kind.VOID, Kind.BOOLEAN, Kind.BYTE, Kind.SHORT, Kind.INT, Kind.LONG, Kind.FLOAT, Kind.DOUBLE, Kind.CHAR,
      Kind.BOXED_BOOLEAN, Kind.BOXED_BYTE, Kind.BOXED_SHORT, Kind.BOXED_INT, Kind.BOXED_LONG, Kind.BOXED_FLOAT,
      Kind.BOXED_DOUBLE, Kind.BOXED_CHAR, Kind.STRING);

  /** {@code args.intAt(0)}, {@code args.enumAt(0, E.class)}, {@code args.objectAt(0, C.class)}. */
  static CodeBlock read(JsTypeRef type, String args, int index) {
    return read(type, args, index, 0);
  }

  static CodeBlock read(JsTypeRef type, String args, int index, int depth) {
    if (ValueTypes.isCopied(type.kind())) {
      return CodeBlock.of("$L.<$T>valueAt($L)", args, ValueCodes.javaType(type), index);
    }
    switch (type.kind()) {
      case VOID:
      case ITERABLE:
      case ITERATOR:
        throw new IllegalArgumentException(type.kind() + " is never read");
      case FUNCTION:
        return FunctionCodes.implementation(type, CodeBlock.of("$L.functionAt($L)", args, index), depth);
      case PROMISE:
        return CodeBlock.of("$L.futureAt($L)", args, index);
      case ENUM:
        return CodeBlock.of("$L$T.class)", args + ".enumAt(" + index + ", ", className(type.javaClass()));
      case OBJECT:
        return CodeBlock.of("$L$T.class)", args + ".objectAt(" + index + ", ", className(type.javaClass()));
      default:
        // One literal rather than a format of six parts: JavaPoet re-splits every part it emits (twice
        // per file), and argument reads are most of a binding's parts.
        return CodeBlock.of("$L", args + "." + readerName(type.kind()) + "(" + index + ")");
    }
  }

  /** {@code JsRest.ints(args, 1)}, {@code JsRest.enums(args, 1, E.class, new E[JsRest.count(args, 1)])}: a varargs parameter's array. */
  static CodeBlock readRest(JsTypeRef type, String args, int index) {
    switch (type.kind()) {
      case VOID:
        throw new IllegalArgumentException("void is never read");
      case ENUM:
        return CodeBlock.of("$T.enums($L, $L, $T.class, new $T[$T.count($L, $L)])", RuntimeNames.JS_REST, args, index,
            className(type.javaClass()), className(type.javaClass()), RuntimeNames.JS_REST, args, index);
      case OBJECT:
        return CodeBlock.of("$T.objects($L, $L, $T.class, new $T[$T.count($L, $L)])", RuntimeNames.JS_REST, args, index,
            className(type.javaClass()), className(type.javaClass()), RuntimeNames.JS_REST, args, index);
      default:
        String reader = readerName(type.kind()); // intAt → ints, boxedIntAt → boxedInts
        return CodeBlock.of("$T.$Ls($L, $L)", RuntimeNames.JS_REST, reader.substring(0, reader.length() - 2), args, index);
    }
  }

  /** INT → intAt, BOXED_INT → boxedIntAt, STRING → stringAt: the JsArgs naming scheme. */
  private static String readerName(Kind kind) {
    String name = kind.name().toLowerCase(Locale.ROOT);
    if (name.startsWith("boxed_")) {
      String primitive = name.substring("boxed_".length());
      name = "boxed" + Character.toUpperCase(primitive.charAt(0)) + primitive.substring(1);
    }
    return name + "At";
  }

  /** The Java type a {@link JsTypeRef} stands for: {@code int}, {@code Integer}, {@code Function<Integer, String>}… */
  static TypeName javaType(JsTypeRef type) {
    return switch (type.kind()) {
      case VOID -> TypeName.VOID;
      case BOOLEAN -> TypeName.BOOLEAN;
      case BYTE -> TypeName.BYTE;
      case SHORT -> TypeName.SHORT;
      case INT -> TypeName.INT;
      case LONG -> TypeName.LONG;
      case FLOAT -> TypeName.FLOAT;
      case DOUBLE -> TypeName.DOUBLE;
      case CHAR -> TypeName.CHAR;
      case BOXED_BOOLEAN -> TypeName.BOOLEAN.box();
      case BOXED_BYTE -> TypeName.BYTE.box();
      case BOXED_SHORT -> TypeName.SHORT.box();
      case BOXED_INT -> TypeName.INT.box();
      case BOXED_LONG -> TypeName.LONG.box();
      case BOXED_FLOAT -> TypeName.FLOAT.box();
      case BOXED_DOUBLE -> TypeName.DOUBLE.box();
      case BOXED_CHAR -> TypeName.CHAR.box();
      case STRING -> ClassName.get("java.lang", "String");
      case ENUM, OBJECT -> className(type.javaClass());
      case ARRAY, LIST, SET, MAP, OPTIONAL, VALUE -> ValueCodes.javaType(type);
      case FUNCTION -> type.function().typeArguments().isEmpty()
          ? className(type.javaClass())
          : ParameterizedTypeName.get(className(type.javaClass()),
              type.function().typeArguments().stream().map(TypeCodes::javaType).toArray(TypeName[]::new));
      case PROMISE, ITERABLE, ITERATOR -> ParameterizedTypeName.get(className(type.javaClass()),
          type.element().kind() == Kind.VOID ? ClassName.get("java.lang", "Void") : javaType(type.element()));
    };
  }

  static ClassName className(JavaClassRef ref) {
    return ClassName.get(ref.packageName(), ref.simpleNames().get(0),
        ref.simpleNames().subList(1, ref.simpleNames().size()).toArray(new String[0]));
  }
}
