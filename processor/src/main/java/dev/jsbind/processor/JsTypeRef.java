package dev.jsbind.processor;

import java.util.List;
import java.util.Objects;

/**
 * A type as it crosses to JavaScript. {@code javaClass} names the enum or exposed class for
 * {@link Kind#ENUM} and {@link Kind#OBJECT}, and is null for every other kind. An exposed class
 * also carries its JavaScript name ({@code jsName}, null otherwise) and an enum the names of its
 * constants in declaration order ({@code enumConstants}, empty otherwise), because that is what
 * JavaScript sees of them. Kinds built from other types (see {@link Kind#takesArguments}) hold
 * those in {@code arguments}, in an order each kind defines; every other kind has none.
 */
record JsTypeRef(Kind kind, JavaClassRef javaClass, String jsName, List<String> enumConstants, boolean nullableObject,
    List<JsTypeRef> arguments) {

  enum Kind {
    VOID,
    BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, CHAR,
    BOXED_BOOLEAN, BOXED_BYTE, BOXED_SHORT, BOXED_INT, BOXED_LONG, BOXED_FLOAT, BOXED_DOUBLE, BOXED_CHAR,
    STRING,
    ENUM,
    OBJECT,
    // Copied across (ValueTypes): arguments hold the element type (of a MAP: the value type).
    ARRAY, LIST, SET, MAP, OPTIONAL,
    /** A {@code @JsValue} class: {@code jsName} is its TypeScript interface's. */
    VALUE;

    boolean namesClass() {
      return this == ENUM || this == OBJECT || this == VALUE;
    }

    /** Whether the kind is built from other types (elements, components, parameters), held in {@code arguments}. */
    boolean takesArguments() {
      return ValueTypes.isCollection(this);
    }

    /** Whether {@code @JsNullable} lets JavaScript pass null (other reference types accept it anyway). */
    boolean nullableOnRequest() {
      return this == OBJECT || this == VALUE || (takesArguments() && this != OPTIONAL);
    }
  }

  JsTypeRef {
    Objects.requireNonNull(kind, "kind");
    enumConstants = List.copyOf(enumConstants);
    arguments = List.copyOf(arguments);
    if (kind.namesClass() != (javaClass != null)
        || (kind == Kind.OBJECT || kind == Kind.VALUE) != (jsName != null)
        || (kind != Kind.ENUM && !enumConstants.isEmpty())
        || (!kind.nullableOnRequest() && nullableObject)
        || (!kind.takesArguments() && !arguments.isEmpty())) {
      throw new IllegalArgumentException(kind + " with class " + javaClass + ", name " + jsName
          + ", constants " + enumConstants);
    }
  }

  /** A primitive, box, {@code String} or {@code void}. */
  static JsTypeRef of(Kind kind) {
    return new JsTypeRef(kind, null, null, List.of(), false, List.of());
  }

  /** An {@code @JsExposed} class, which JavaScript knows by {@code jsName}. */
  static JsTypeRef exposed(JavaClassRef javaClass, String jsName) {
    return new JsTypeRef(Kind.OBJECT, javaClass, jsName, List.of(), false, List.of());
  }

  /** An array, List, Set, Map (of {@code element} values) or Optional, copied across. */
  static JsTypeRef collection(Kind kind, JsTypeRef element) {
    return new JsTypeRef(kind, null, null, List.of(), false, List.of(element));
  }

  /** A {@code @JsValue} class, copied across as a plain object; TypeScript knows it as interface {@code jsName}. */
  static JsTypeRef value(JavaClassRef javaClass, String jsName) {
    return new JsTypeRef(Kind.VALUE, javaClass, jsName, List.of(), false, List.of());
  }

  /** The element type of a collection kind. */
  JsTypeRef element() {
    return arguments.get(0);
  }

  /** An enum, which crosses as the name of one of its {@code constants}. */
  static JsTypeRef enumeration(JavaClassRef javaClass, List<String> constants) {
    return new JsTypeRef(Kind.ENUM, javaClass, null, constants, false, List.of());
  }

  /**
   * This type where {@code @JsNullable} allows {@code null}: an exposed class then accepts it
   * ({@code nullableObject}); every other reference type accepts it anyway.
   */
  JsTypeRef acceptingNull() {
    return kind.nullableOnRequest() ? new JsTypeRef(kind, javaClass, jsName, enumConstants, true, arguments) : this;
  }
}
