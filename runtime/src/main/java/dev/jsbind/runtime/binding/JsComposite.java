package dev.jsbind.runtime.binding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A type whose values cross by copy: an array, a {@code List}, {@code Set}, {@code Map<String, V>},
 * {@code Optional}, or a {@code @JsValue} class. Its elements (or components) are checked with the
 * same rules as parameters. Made by the factories of {@link JsType} ({@link JsType#listOf} …);
 * {@link #orNull()} gives the {@code @JsNullable} form.
 */
public final class JsComposite extends JsType {
  private final JsType element;
  private final IntFunction<Object[]> factory;
  private final JsValueShape<?> shape;
  private final JsEnum<?> keys;

  private JsComposite(Kind kind, boolean nullable, Class<?> javaClass, String description, JsType element,
      IntFunction<Object[]> factory, JsValueShape<?> shape) {
    this(kind, nullable, javaClass, description, element, factory, shape, null);
  }

  private JsComposite(Kind kind, boolean nullable, Class<?> javaClass, String description, JsType element,
      IntFunction<Object[]> factory, JsValueShape<?> shape, JsEnum<?> keys) {
    super(kind, nullable, javaClass, nullable ? description + " or null" : description);
    this.element = element;
    this.factory = factory;
    this.shape = shape;
    this.keys = keys;
  }

  /** A map whose keys are the constants of an enum, by name. */
  static JsComposite enumMap(JsEnum<?> keys, JsType value) {
    if (keys == null) {
      throw new NullPointerException("keys");
    }
    JsComposite map = of(Kind.MAP, value);
    return new JsComposite(Kind.MAP, false, Map.class, map.description(), value, null, null, keys);
  }

  static JsComposite primitiveArray(JsType element) {
    Class<?> arrayClass;
    switch (requireElement(element).kind()) {
      case BOOLEAN: arrayClass = boolean[].class; break;
      case BYTE: arrayClass = byte[].class; break;
      case SHORT: arrayClass = short[].class; break;
      case INT: arrayClass = int[].class; break;
      case LONG: arrayClass = long[].class; break;
      case FLOAT: arrayClass = float[].class; break;
      case DOUBLE: arrayClass = double[].class; break;
      case CHAR: arrayClass = char[].class; break;
      default: throw new IllegalArgumentException("not a primitive type: " + element + " (pass an array factory)");
    }
    if (element.nullable()) {
      throw new IllegalArgumentException("a primitive array's elements cannot be null: " + element);
    }
    return new JsComposite(Kind.ARRAY, false, arrayClass, "an array", element, null, null);
  }

  static JsComposite array(JsType element, IntFunction<Object[]> factory) {
    if (factory == null) {
      throw new NullPointerException("factory");
    }
    if (isPrimitive(requireElement(element))) {
      throw new IllegalArgumentException("a primitive element type needs arrayOf(element): " + element);
    }
    return new JsComposite(Kind.ARRAY, false, factory.apply(0).getClass(), "an array", element, factory, null);
  }

  static JsComposite of(Kind kind, JsType element) {
    requireElement(element);
    if (kind == Kind.OPTIONAL && isPrimitive(element)) {
      return primitiveOptional(element);
    }
    if (isPrimitive(element)) {
      throw new IllegalArgumentException(kind + " elements are objects, not " + element + " (use its box)");
    }
    switch (kind) {
      case LIST: return new JsComposite(kind, false, List.class, "an array", element, null, null);
      case SET: return new JsComposite(kind, false, Set.class, "a Set", element, null, null);
      case MAP: return new JsComposite(kind, false, Map.class, "an object", element, null, null);
      case OPTIONAL:
        if (element.kind() == Kind.OPTIONAL) {
          throw new IllegalArgumentException("an Optional of an Optional cannot cross: both are undefined when empty");
        }
        return new JsComposite(kind, false, Optional.class, undefinedOr(element), element, null, null);
      default: throw new IllegalArgumentException(kind + " is not a collection");
    }
  }

  /** {@code OptionalInt}, {@code OptionalLong} or {@code OptionalDouble}. */
  private static JsComposite primitiveOptional(JsType element) {
    Class<?> javaClass;
    switch (element.kind()) {
      case INT: javaClass = OptionalInt.class; break;
      case LONG: javaClass = OptionalLong.class; break;
      case DOUBLE: javaClass = OptionalDouble.class; break;
      default: throw new IllegalArgumentException("there is no Optional of " + element + " (use its box)");
    }
    return new JsComposite(Kind.OPTIONAL, false, javaClass, undefinedOr(element), element, null, null);
  }

  static JsComposite forShape(JsValueShape<?> shape) {
    if (shape == null) {
      throw new NullPointerException("shape");
    }
    return new JsComposite(Kind.VALUE, false, shape.javaClass(), "a " + shape.jsName() + " object", null, null, shape);
  }

  private static String undefinedOr(JsType element) {
    // An Optional never holds null: empty is undefined.
    String description = element.description();
    return (description.endsWith(" or null") ? description.substring(0, description.length() - 8) : description)
        + " or undefined";
  }

  private static JsType requireElement(JsType element) {
    if (element == null) {
      throw new NullPointerException("element");
    }
    if (element.kind() == Kind.VOID) {
      throw new IllegalArgumentException("void cannot be an element type");
    }
    return element;
  }

  private static boolean isPrimitive(JsType type) {
    return !type.nullable() && type.javaClass() != null && type.javaClass().isPrimitive();
  }

  /** The same type, also accepting (and producing) {@code null}: a {@code @JsNullable} parameter or property. */
  public JsComposite orNull() {
    if (kind() == Kind.OPTIONAL) {
      throw new IllegalArgumentException("an Optional is never null: it is empty");
    }
    return nullable() ? this : new JsComposite(kind(), true, javaClass(), description(), element, factory, shape, keys);
  }

  /** The type of the elements (of a map: of the values; of an Optional: of its value); null for {@link Kind#VALUE}. */
  public JsType element() {
    return element;
  }

  /** A new array of the element type, for an {@link Kind#ARRAY} of a reference type; else null. */
  public IntFunction<Object[]> factory() {
    return factory;
  }

  /** The enum whose constants are the keys, for a {@link Kind#MAP} keyed by an enum; null for String keys. */
  public JsEnum<?> keys() {
    return keys;
  }

  /** The {@code @JsValue} class, for {@link Kind#VALUE}; else null. */
  public JsValueShape<?> shape() {
    return shape;
  }
}
