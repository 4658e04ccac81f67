package dev.jsbind.runtime.binding;

import java.util.function.IntFunction;

/**
 * A Java type that can cross the boundary, as declared by generated code. Instances are immutable;
 * the primitive, boxed and String types are constants, enums and exposed classes are made with
 * {@link #enumOf} and {@link #object}.
 */
public class JsType {

  /** The conversion a type uses. */
  public enum Kind {
    VOID, BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, CHAR, STRING, ENUM, OBJECT,
    // Values copied across (see JsComposite): arrays, collections, Optional and @JsValue classes.
    ARRAY, LIST, SET, MAP, OPTIONAL, VALUE,
    /** A functional interface ({@link JsFunctionType}): a JavaScript function on the other side. */
    FUNCTION,
    /** A {@code CompletableFuture}/{@code CompletionStage} ({@link JsPromiseType}): a {@code Promise}. */
    PROMISE,
    /** An {@code Iterable} or {@code Iterator} returned to JavaScript ({@link JsIterableType}). */
    ITERABLE, ITERATOR
  }

  public static final JsType VOID = new JsType(Kind.VOID, false, null, "undefined");
  public static final JsType BOOLEAN = new JsType(Kind.BOOLEAN, false, boolean.class, "a boolean");
  public static final JsType BYTE = new JsType(Kind.BYTE, false, byte.class, "a byte (an integer from -128 to 127)");
  public static final JsType SHORT = new JsType(Kind.SHORT, false, short.class, "a short (an integer from -32768 to 32767)");
  public static final JsType INT = new JsType(Kind.INT, false, int.class, "an int (an integer from -2147483648 to 2147483647)");
  public static final JsType LONG = new JsType(Kind.LONG, false, long.class, "a long (a safe integer, |n| <= 2^53-1)");
  public static final JsType FLOAT = new JsType(Kind.FLOAT, false, float.class, "a float (a number within float range)");
  public static final JsType DOUBLE = new JsType(Kind.DOUBLE, false, double.class, "a number");
  public static final JsType CHAR = new JsType(Kind.CHAR, false, char.class, "a char (a string of one UTF-16 unit)");
  public static final JsType STRING = new JsType(Kind.STRING, true, String.class, "a string or null");

  public static final JsType BOXED_BOOLEAN = BOOLEAN.boxed(Boolean.class);
  public static final JsType BOXED_BYTE = BYTE.boxed(Byte.class);
  public static final JsType BOXED_SHORT = SHORT.boxed(Short.class);
  public static final JsType BOXED_INT = INT.boxed(Integer.class);
  public static final JsType BOXED_LONG = LONG.boxed(Long.class);
  public static final JsType BOXED_FLOAT = FLOAT.boxed(Float.class);
  public static final JsType BOXED_DOUBLE = DOUBLE.boxed(Double.class);
  public static final JsType BOXED_CHAR = CHAR.boxed(Character.class);

  private final Kind kind;
  private final boolean nullable;
  private final Class<?> javaClass;
  private final String description;

  JsType(Kind kind, boolean nullable, Class<?> javaClass, String description) {
    this.kind = kind;
    this.nullable = nullable;
    this.javaClass = javaClass;
    this.description = description;
  }

  private JsType boxed(Class<?> box) {
    return new JsType(kind, true, box, description + " or null");
  }

  /**
   * The constant named {@code name} ({@code "INT"}, {@code "BOXED_LONG"}, {@code "STRING"},
   * {@code "VOID"}, …), or {@code null}: how member tables name the primitive, boxed and String types.
   */
  public static JsType named(String name) {
    switch (name) {
      case "VOID": return VOID;
      case "BOOLEAN": return BOOLEAN;
      case "BYTE": return BYTE;
      case "SHORT": return SHORT;
      case "INT": return INT;
      case "LONG": return LONG;
      case "FLOAT": return FLOAT;
      case "DOUBLE": return DOUBLE;
      case "CHAR": return CHAR;
      case "STRING": return STRING;
      case "BOXED_BOOLEAN": return BOXED_BOOLEAN;
      case "BOXED_BYTE": return BOXED_BYTE;
      case "BOXED_SHORT": return BOXED_SHORT;
      case "BOXED_INT": return BOXED_INT;
      case "BOXED_LONG": return BOXED_LONG;
      case "BOXED_FLOAT": return BOXED_FLOAT;
      case "BOXED_DOUBLE": return BOXED_DOUBLE;
      case "BOXED_CHAR": return BOXED_CHAR;
      default: return null;
    }
  }

  /** An {@code @JsExposed} class, passed by reference as its wrapper; {@code null} is rejected. */
  public static JsType object(Class<?> exposedClass) {
    return new JsType(Kind.OBJECT, false, exposedClass, "a " + exposedClass.getSimpleName());
  }

  /**
   * An {@code @JsExposed} class whose parameter (or property) is {@code @JsNullable}: a wrapper of
   * that class, or {@code null}.
   */
  public static JsType nullableObject(Class<?> exposedClass) {
    return new JsType(Kind.OBJECT, true, exposedClass, "a " + exposedClass.getSimpleName() + " or null");
  }

  /** An enum, passed as the name of one of {@code constants}; {@code null} is accepted. */
  public static <E extends Enum<E>> JsEnum<E> enumOf(Class<E> type, E[] constants) {
    return new JsEnum<E>(type, constants);
  }

  // ---- values copied across (see JsComposite) ----

  /** A primitive array ({@code int[]}, {@code byte[]}…) of {@code element}, a primitive type. */
  public static JsComposite arrayOf(JsType element) {
    return JsComposite.primitiveArray(element);
  }

  /** An array of a reference type, made by {@code factory} ({@code Foo[]::new}). */
  public static JsComposite arrayOf(JsType element, IntFunction<Object[]> factory) {
    return JsComposite.array(element, factory);
  }

  /** A {@code java.util.List}, a JavaScript array. */
  public static JsComposite listOf(JsType element) {
    return JsComposite.of(Kind.LIST, element);
  }

  /** A {@code java.util.Set}, a JavaScript {@code Set}. */
  public static JsComposite setOf(JsType element) {
    return JsComposite.of(Kind.SET, element);
  }

  /** A {@code Map<String, V>}, a plain JavaScript object whose own enumerable properties are the entries. */
  public static JsComposite mapOf(JsType value) {
    return JsComposite.of(Kind.MAP, value);
  }

  /** A {@code Map<E, V>} of an enum {@code E}: a plain object whose property names are constant names. */
  public static JsComposite mapOf(JsEnum<?> keys, JsType value) {
    return JsComposite.enumMap(keys, value);
  }

  /**
   * A {@code java.util.Optional}: a value, or {@code undefined} when empty. Of {@link #INT},
   * {@link #LONG} or {@link #DOUBLE}: an {@code OptionalInt}, {@code OptionalLong} or {@code OptionalDouble}.
   */
  public static JsComposite optionalOf(JsType element) {
    return JsComposite.of(Kind.OPTIONAL, element);
  }

  /**
   * A {@code @JsValue} class, a plain JavaScript object with its components as properties. Fails
   * when the shape was generated for another {@link BindingFormat}.
   */
  public static JsComposite value(JsValueShape<?> shape) {
    BindingFormat.require(shape.format(), shape.getClass());
    return JsComposite.forShape(shape);
  }

  public final Kind kind() {
    return kind;
  }

  /** Whether JavaScript {@code null} is accepted (as a parameter) and produced (as a result). */
  public final boolean nullable() {
    return nullable;
  }

  /** The Java class, or {@code null} for {@link #VOID}. */
  public final Class<?> javaClass() {
    return javaClass;
  }

  /** What a JavaScript value must be, for error messages: "an int (…)", "a Counter", … */
  public final String description() {
    return description;
  }

  @Override
  public String toString() {
    return kind + (nullable ? "?" : "") + (javaClass == null ? "" : "(" + javaClass.getName() + ")");
  }
}
