package dev.jsbind.runtime.j2v8;

import dev.jsbind.runtime.binding.JsComposite;
import dev.jsbind.runtime.binding.JsEnum;
import dev.jsbind.runtime.binding.JsParam;
import dev.jsbind.runtime.binding.JsType;
import dev.jsbind.runtime.binding.JsValueShape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a class's shim (see {@link ShimWriter}) that copy values across: the type
 * descriptors values.js walks, as JavaScript source. A descriptor is a null-prototype object
 * literal, so no property a script puts on {@code Object.prototype} can stand in for a missing
 * field. A {@code @JsValue} class gets one descriptor variable per shim (per nullability), declared
 * before its components are filled in, so a value class may contain itself.
 */
final class ValueShim {
  private final StringBuilder declarations = new StringBuilder();
  private final StringBuilder components = new StringBuilder();
  private final Map<String, String> valueVariables = new HashMap<String, String>();

  /** Whether values of this type are copied through the tape. */
  static boolean copied(JsType type) {
    return type instanceof JsComposite;
  }

  /** Whether any parameter of {@code member} is copied. */
  static boolean copiesArguments(Member member) {
    for (JsParam param : member.params) {
      if (copied(param.type())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code member} uses the tape at all. */
  static boolean usesTape(Member member) {
    return copiesArguments(member) || copied(member.returns);
  }

  /**
   * Declares {@code variable} as the descriptor of {@code type}. A result's descriptor accepts null
   * at the top level: Java may return null, which JavaScript gets as null.
   */
  void declare(String variable, JsType type, boolean result) {
    declarations.append("var ").append(variable).append(" = ").append(descriptor(type, result)).append(";\n");
  }

  /** The declarations, then the statements that complete the value descriptors. */
  String source() {
    return declarations.toString() + components;
  }

  private String descriptor(JsType type, boolean nullableTop) {
    boolean nullable = type.nullable() || nullableTop && type.kind() != JsType.Kind.OPTIONAL;
    if (type.kind() == JsType.Kind.VALUE) {
      return valueVariable(((JsComposite) type).shape(), nullable);
    }
    JsType element = type instanceof JsComposite ? ((JsComposite) type).element() : null;
    JsEnum<?> keys = type instanceof JsComposite ? ((JsComposite) type).keys() : null;
    if (keys != null) {
      // A map keyed by an enum: m maps names to ordinals, c[0] describes a key (for errors).
      String key = literal(10, false, keyDescription(keys), "''", "null", "null", "null", "null");
      return literal(code(type), nullable, description(type, nullable), "''", descriptor(element, false),
          enumMap(keys), "null", "[" + key + "]");
    }
    return literal(code(type), nullable, description(type, nullable), rangeKind(type),
        element == null ? "null" : descriptor(element, false), enumMap(type), "null", "null");
  }

  /** "a key that is one of 'A', 'B'": an enum's description, without its null. */
  private static String keyDescription(JsEnum<?> keys) {
    String description = keys.description();
    String constants = description.endsWith(" or null") ? description.substring(0, description.length() - 8) : description;
    return "a key that is " + constants;
  }

  private static String description(JsType type, boolean nullable) {
    String description = type.description();
    return nullable && !type.nullable() ? description + " or null" : description;
  }

  private String valueVariable(JsValueShape<?> shape, boolean nullable) {
    String key = shape.javaClass().getName() + (nullable ? "?" : "");
    String variable = valueVariables.get(key);
    if (variable != null) {
      return variable;
    }
    variable = "vd" + valueVariables.size();
    valueVariables.put(key, variable);
    List<String> names = shape.names();
    StringBuilder nameList = new StringBuilder("[");
    for (int i = 0; i < names.size(); i++) {
      nameList.append(i == 0 ? "" : ", ").append(JsNames.literal(names.get(i)));
    }
    String description = "a " + shape.jsName() + " object" + (nullable ? " or null" : "");
    // Declared first (and hoisted above the shim's other descriptors), completed afterwards.
    declarations.insert(0, "var " + variable + " = " + literal(17, nullable, description, "''", "null", "null",
        nameList.append(']').toString(), "null") + ";\n");
    StringBuilder types = new StringBuilder("[");
    for (int i = 0; i < names.size(); i++) {
      types.append(i == 0 ? "" : ", ").append(descriptor(shape.componentType(i), false));
    }
    components.append(variable).append(".c = ").append(types.append(']')).append(";\n");
    return variable;
  }

  private static String literal(int code, boolean nullable, String description, String rangeKind, String element,
      String enumMap, String names, String componentTypes) {
    return "{__proto__: null, k: " + code + ", n: " + nullable + ", d: " + JsNames.literal(description)
        + ", r: " + rangeKind + ", e: " + element + ", m: " + enumMap + ", p: " + names + ", c: " + componentTypes + "}";
  }

  /** Name → ordinal, as computed keys (a literal {@code "__proto__":} key would set the prototype). */
  private static String enumMap(JsType type) {
    if (!(type instanceof JsEnum)) {
      return "null";
    }
    JsEnum<?> enumType = (JsEnum<?>) type;
    StringBuilder map = new StringBuilder("{__proto__: null");
    for (int ordinal = 0; ordinal < enumType.size(); ordinal++) {
      map.append(", [").append(JsNames.literal(enumType.constant(ordinal).name())).append("]: ").append(ordinal);
    }
    return map.append('}').toString();
  }

  /** The kind codes of values.js. */
  private static int code(JsType type) {
    switch (type.kind()) {
      case BOOLEAN: return 1;
      case BYTE: return 2;
      case SHORT: return 3;
      case INT: return 4;
      case LONG: return 5;
      case FLOAT: return 6;
      case DOUBLE: return 7;
      case CHAR: return 8;
      case STRING: return 9;
      case ENUM: return 10;
      case OBJECT: return 11;
      case ARRAY: return 12;
      case LIST: return 13;
      case SET: return 14;
      case MAP: return 15;
      case OPTIONAL: return 16;
      case VALUE: return 17;
      default: throw new IllegalArgumentException("cannot copy " + type);
    }
  }

  /** As ShimWriter's; an Optional's is its element's (its failures are reported as its own). */
  private static String rangeKind(JsType type) {
    switch (type.kind()) {
      case OPTIONAL: return rangeKind(((JsComposite) type).element());
      case BYTE: return "'byte'";
      case SHORT: return "'short'";
      case INT: return "'int'";
      case LONG: return "'long'";
      case FLOAT: return "'float'";
      default: return "''";
    }
  }
}
