package dev.jsbind.processor;

import java.util.List;
import java.util.Set;
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
    if (type.kind().isComposite()) {
      String composite = composite(type, true);
      return type.nullableObject() ? parenthesized(composite) + " | null" : composite;
    }
    return either(type);
  }

  /** What JavaScript gets back from a method or a property read. */
  static String produced(JsTypeRef type) {
    if (ValueTypes.isCopied(type.kind())) {
      return ValueTypes.produced(type);
    }
    if (type.kind().isComposite()) {
      return parenthesized(composite(type, false)) + " | null";
    }
    return type.kind() == JsTypeRef.Kind.OBJECT ? type.jsName() + " | null" : either(type);
  }

  /**
   * A function, promise or iterable, {@code accepted} from JavaScript or produced for it. A function
   * JavaScript passes is called with what Java produces and must return what Java accepts; one
   * Java returns is the other way round.
   */
  private static String composite(JsTypeRef type, boolean accepted) {
    return switch (type.kind()) {
      case FUNCTION -> {
        List<String> names = type.function().parameterNames();
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < type.params().size(); i++) {
          JsTypeRef param = type.params().get(i);
          out.append(i == 0 ? "" : ", ").append(parameterName(names.get(i), i)).append(": ")
              .append(accepted ? produced(param) : accepted(param));
        }
        JsTypeRef result = type.returns();
        yield out.append(") => ").append(result.kind() == JsTypeRef.Kind.VOID ? "void"
            : accepted ? accepted(result) : produced(result)).toString();
      }
      case PROMISE -> type.element().kind() == JsTypeRef.Kind.VOID
          ? (accepted ? "PromiseLike<any>" : "Promise<void>")
          : accepted ? "PromiseLike<" + accepted(type.element()) + ">" : "Promise<" + produced(type.element()) + ">";
      case ITERABLE -> "Iterable<" + produced(type.element()) + ">";
      case ITERATOR -> "IterableIterator<" + produced(type.element()) + ">";
      default -> throw new IllegalArgumentException(type.kind() + " is not composite");
    };
  }

  private static final Set<String> NOT_PARAMETER_NAMES = Set.of("arguments", "await", "debugger", "delete",
      "eval", "export", "function", "in", "let", "typeof", "var", "with", "yield");

  /** The Java parameter name where TypeScript takes it, else {@code argN}. */
  private static String parameterName(String name, int index) {
    return NOT_PARAMETER_NAMES.contains(name) || !name.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? "arg" + index : name;
  }

  private static String parenthesized(String type) {
    return type.contains("=>") ? "(" + type + ")" : type;
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
      case OBJECT, FUNCTION, PROMISE, ITERABLE, ITERATOR ->
          throw new IllegalArgumentException(type.kind() + " differs by direction");
      case ARRAY, LIST, SET, MAP, OPTIONAL, VALUE -> throw new IllegalArgumentException("see ValueTypes");
    };
  }
}
