package dev.jsbind.runtime.binding;

/**
 * The generated glue of one {@code @JsExposed} class: it declares the class's JavaScript template
 * (constructor, prototype methods, accessors, statics) with lambdas that call the Java members
 * directly. The runtime finds it by name ({@code pkg.Outer_Inner_JsBinding} for
 * {@code pkg.Outer.Inner}), creates one instance per class and calls {@link #define} once per
 * runtime that needs the template.
 *
 * @param <T> the exposed class
 */
public abstract class JsBinding<T> {
  /** Suffix of generated binding class names. */
  public static final String SUFFIX = "_JsBinding";

  private final Class<T> type;
  private final String jsName;

  protected JsBinding(Class<T> type, String jsName) {
    this.type = type;
    this.jsName = jsName;
  }

  /** The exposed Java class. */
  public final Class<T> type() {
    return type;
  }

  /** The name of the JavaScript constructor. */
  public final String jsName() {
    return jsName;
  }

  /** Declares every exposed member on {@code template}; called once per runtime. */
  public abstract void define(ClassTemplate<T> template);

  /**
   * The binary name of the binding generated for {@code type}: the package, then the nested simple
   * names joined by {@code _}, then {@link #SUFFIX}.
   */
  public static String bindingClassName(Class<?> type) {
    return type.getName().replace('$', '_') + SUFFIX;
  }
}
