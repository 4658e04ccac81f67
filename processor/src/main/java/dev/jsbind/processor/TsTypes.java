package dev.jsbind.processor;

import java.util.stream.Collectors;

/**
 * TypeScript types for values crossing the boundary, exactly as the runtime checks and converts
 * them: {@code long} is a {@code number}, {@code char} a one-character {@code string}, strings,
 * boxes and enums may be {@code null}, and an exposed object may be {@code null} when Java returns
 * it but not when JavaScript passes it.
 */
final class TsTypes {
  private TsTypes() {}

  /** What JavaScript may pass as an argument, or assign to a property. */
  static String accepted(JsTypeRef type) {
    if (ValueTypes.isCopied(type.kind())) {
      return ValueTypes.accepted(type);
    }
    if (type.kind() == JsTypeRef.Kind.OBJECT) {
      return type.nullableObject() ? type.jsName() + " | null" : type.jsName();
    }
    return either(type);
  }

  /** What JavaScript gets back from a method or a property read. */
  static String produced(JsTypeRef type) {
    if (ValueTypes.isCopied(type.kind())) {
      return ValueTypes.produced(type);
    }
    return type.kind() == JsTypeRef.Kind.OBJECT ? type.jsName() + " | null" : either(type);
  }

  /** An array of what JavaScript may pass: {@code number[]}, {@code (string | null)[]}. */
  static String array(JsTypeRef element) {
    String accepted = accepted(element);
    return (accepted.contains(" ") ? "(" + accepted + ")" : accepted) + "[]";
  }

  /** The type of a constant, which is never null. */
  static String constant(JsTypeRef type) {
    return type.kind() == JsTypeRef.Kind.STRING ? "string" : produced(type);
  }

  /** A TypeScript (and JavaScript) string literal. */
  static String stringLiteral(String value) {
    StringBuilder literal = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        literal.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        literal.append(String.format("\\u%04x", (int) c));
      } else {
        literal.append(c);
      }
    }
    return literal.append('"').toString();
  }

  /** Types that are the same in both directions. */
  private static String either(JsTypeRef type) {
    return switch (type.kind()) {
      case VOID -> "void";
      case BOOLEAN -> "boolean";
      case BYTE, SHORT, INT, LONG, FLOAT, DOUBLE -> "number";
      case CHAR -> "string";
      case BOXED_BOOLEAN -> "boolean | null";
      case BOXED_BYTE, BOXED_SHORT, BOXED_INT, BOXED_LONG, BOXED_FLOAT, BOXED_DOUBLE -> "number | null";
      case BOXED_CHAR, STRING -> "string | null";
      // An enum without constants only ever crosses as null.
      case ENUM -> type.enumConstants().stream()
          .map(TsTypes::stringLiteral)
          .collect(Collectors.joining(" | ", "", type.enumConstants().isEmpty() ? "null" : " | null"));
      case OBJECT -> throw new IllegalArgumentException("exposed objects differ by direction");
      case ARRAY, LIST, SET, MAP, OPTIONAL, VALUE -> throw new IllegalArgumentException("see ValueTypes");
    };
  }
}
