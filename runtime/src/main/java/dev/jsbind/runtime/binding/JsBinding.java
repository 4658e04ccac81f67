package dev.jsbind.runtime.binding;

/**
 * The generated glue of one {@code @JsExposed} class: it declares the class's JavaScript template
 * (constructor, prototype methods, accessors, statics): generated bindings as a member table
 * and an {@link #invoke} switch that calls the Java members directly. The runtime finds it by name ({@code pkg.Outer_Inner_JsBinding} for
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
  private final int format;

  /** {@code format}: the {@link BindingFormat} the binding was generated for; install checks it. */
  protected JsBinding(Class<T> type, String jsName, int format) {
    this.type = type;
    this.jsName = jsName;
    this.format = format;
  }

  /** The exposed Java class. */
  public final Class<T> type() {
    return type;
  }

  /** The name of the JavaScript constructor. */
  public final String jsName() {
    return jsName;
  }

  /** The {@link BindingFormat} this binding was generated for. */
  public final int format() {
    return format;
  }

  /** Declares every exposed member on {@code template}; called once per runtime. */
  public abstract void define(ClassTemplate<T> template);

  /**
   * Runs member {@code member} of the table this binding passed to {@link ClassTemplate#members}:
   * constructs (no {@code self}), calls, reads (no {@code args}) or writes (the value is argument
   * 0). Returns the boxed result, or {@code null} for {@code void} and writes. Bindings that
   * declare members one by one need not override it.
   */
  public Object invoke(int member, T self, JsArgs args) throws Throwable {
    throw new UnsupportedOperationException(type.getName() + ": this binding has no member table");
  }

  /**
   * The binary name of the binding generated for {@code type}: the package, then the nested simple
   * names joined by {@code _}, then {@link #SUFFIX}.
   */
  public static String bindingClassName(Class<?> type) {
    return type.getName().replace('$', '_') + SUFFIX;
  }
}
