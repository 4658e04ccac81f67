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
 *
 * <p>A {@link Kind#FUNCTION} names its functional interface in {@code javaClass}; its arguments are
 * the abstract method's return type, then its parameter types, and {@code function} holds the rest
 * of what generated Java needs (see {@link FunctionShape}). A {@link Kind#PROMISE} (future),
 * {@link Kind#ITERABLE} or {@link Kind#ITERATOR} names {@code CompletableFuture}/{@code
 * CompletionStage}, {@code Iterable} or {@code Iterator} and has its value or element type as its
 * one argument. {@code nullableObject} also applies to functions and promises ({@code @JsNullable}).
 */
record JsTypeRef(Kind kind, JavaClassRef javaClass, String jsName, List<String> enumConstants, boolean nullableObject,
    List<JsTypeRef> arguments, FunctionShape function) {

  /**
   * What a {@link Kind#FUNCTION} adds: the abstract method's name and parameter names, and the
   * interface's type arguments (wildcards replaced by their bounds) that the generated
   * implementation is declared with.
   */
  record FunctionShape(String method, List<String> parameterNames, List<JsTypeRef> typeArguments) {
    FunctionShape {
      parameterNames = List.copyOf(parameterNames);
      typeArguments = List.copyOf(typeArguments);
    }
  }

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
    VALUE,
    // Functions and async (see CompositeTypes).
    FUNCTION, PROMISE, ITERABLE, ITERATOR;

    boolean namesClass() {
      return this == ENUM || this == OBJECT || this == VALUE || isComposite();
    }

    /** Whether the kind is built from other types (elements, components, parameters), held in {@code arguments}. */
    boolean takesArguments() {
      return ValueTypes.isCollection(this) || isComposite();
    }

    /** Whether {@code @JsNullable} lets JavaScript pass null (other reference types accept it anyway). */
    boolean nullableOnRequest() {
      return this == OBJECT || this == VALUE || (ValueTypes.isCollection(this) && this != OPTIONAL)
          || this == FUNCTION || this == PROMISE;
    }

    /** A function, promise, iterable or iterator (see {@link CompositeTypes}). */
    boolean isComposite() {
      return this == FUNCTION || this == PROMISE || this == ITERABLE || this == ITERATOR;
    }

  }

  JsTypeRef(Kind kind, JavaClassRef javaClass, String jsName, List<String> enumConstants, boolean nullableObject,
      List<JsTypeRef> arguments) {
    this(kind, javaClass, jsName, enumConstants, nullableObject, arguments, null);
  }

  JsTypeRef {
    Objects.requireNonNull(kind, "kind");
    enumConstants = List.copyOf(enumConstants);
    arguments = List.copyOf(arguments);
    if (kind.namesClass() != (javaClass != null)
        || (kind == Kind.OBJECT || kind == Kind.VALUE) != (jsName != null)
        || (kind != Kind.ENUM && !enumConstants.isEmpty())
        || (!kind.nullableOnRequest() && nullableObject)
        || (!kind.takesArguments() && !arguments.isEmpty())
        || ((kind == Kind.FUNCTION) != (function != null))) {
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

  /** The element type of a collection kind; a future's value, an iterable's or iterator's element. */
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
    return kind.nullableOnRequest()
        ? new JsTypeRef(kind, javaClass, jsName, enumConstants, true, arguments, function) : this;
  }

  /** A function: {@code javaClass} is the interface; {@code returns} and {@code params} its abstract method's. */
  static JsTypeRef function(JavaClassRef javaClass, JsTypeRef returns, List<JsTypeRef> params, FunctionShape shape) {
    List<JsTypeRef> arguments = new java.util.ArrayList<>();
    arguments.add(returns);
    arguments.addAll(params);
    return new JsTypeRef(Kind.FUNCTION, javaClass, null, List.of(), false, arguments, shape);
  }

  /** A future, iterable or iterator of {@code element}s; {@code javaClass} names which interface or class. */
  static JsTypeRef container(Kind kind, JavaClassRef javaClass, JsTypeRef element) {
    return new JsTypeRef(kind, javaClass, null, List.of(), false, List.of(element), null);
  }

  /** A function's return type. */
  JsTypeRef returns() {
    return arguments.get(0);
  }

  /** A function's parameter types. */
  List<JsTypeRef> params() {
    return arguments.subList(1, arguments.size());
  }
}
