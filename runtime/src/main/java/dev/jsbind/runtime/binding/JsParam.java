package dev.jsbind.runtime.binding;

/**
 * A declared parameter: its Java name (used in error messages), its type, and whether JavaScript
 * may omit it ({@link #optional}) or it collects the trailing arguments ({@link #rest}).
 */
public final class JsParam {
  private final String name;
  private final JsType type;
  private final boolean optional;
  private final boolean rest;

  private JsParam(String name, JsType type, boolean optional, boolean rest) {
    this.name = name;
    this.type = type;
    this.optional = optional;
    this.rest = rest;
  }

  public static JsParam of(String name, JsType type) {
    check(name, type);
    return new JsParam(name, type, false, false);
  }

  /**
   * A parameter JavaScript may omit or pass as {@code undefined}; Java then reads {@code null}, so
   * the type must be a reference type. Optional parameters come after the required ones.
   */
  public static JsParam optional(String name, JsType type) {
    check(name, type);
    if (type instanceof JsComposite && type.kind() != JsType.Kind.OPTIONAL) {
      type = ((JsComposite) type).orNull(); // omitted: Java reads null, as for any optional reference
    }
    if (!type.nullable() && type.kind() != JsType.Kind.OBJECT && type.kind() != JsType.Kind.OPTIONAL) {
      throw new IllegalArgumentException(name + ": an optional parameter needs a type that can be null, not " + type);
    }
    return new JsParam(name, type, true, false);
  }

  /**
   * The last parameter of a varargs member: it takes the remaining arguments, each checked as a
   * {@code type}, and Java reads them with {@link JsRest}.
   */
  public static JsParam rest(String name, JsType elementType) {
    check(name, elementType);
    if (elementType instanceof JsComposite) {
      throw new IllegalArgumentException(name + ": a rest parameter's elements cannot be copied values (" + elementType
          + "); take a List instead");
    }
    return new JsParam(name, elementType, false, true);
  }

  private static void check(String name, JsType type) {
    if (name == null || type == null) {
      throw new NullPointerException("name and type are required");
    }
    if (type.kind() == JsType.Kind.VOID) {
      throw new IllegalArgumentException("a parameter cannot be void");
    }
  }

  public String name() {
    return name;
  }

  /** The type; for a {@link #rest} parameter, that of each element. */
  public JsType type() {
    return type;
  }

  public boolean optional() {
    return optional;
  }

  public boolean rest() {
    return rest;
  }
}
