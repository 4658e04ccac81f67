package dev.jsbind.runtime.binding;

/** A declared parameter: its Java name (used in error messages) and its type. */
public final class JsParam {
  private final String name;
  private final JsType type;

  private JsParam(String name, JsType type) {
    this.name = name;
    this.type = type;
  }

  public static JsParam of(String name, JsType type) {
    if (name == null || type == null) {
      throw new NullPointerException("name and type are required");
    }
    if (type.kind() == JsType.Kind.VOID) {
      throw new IllegalArgumentException("a parameter cannot be void");
    }
    return new JsParam(name, type);
  }

  public String name() {
    return name;
  }

  public JsType type() {
    return type;
  }
}
