package dev.jsbind.runtime.binding;

/**
 * A functional interface as it crosses the boundary: JavaScript passes a function (which Java
 * receives as a {@link JsFunction}, wrapped by generated code), and Java returns an implementation
 * (which JavaScript receives as a function calling {@link #invoker()}). {@link #params()} and
 * {@link #returns()} are the single abstract method's, with type arguments applied.
 */
public final class JsFunctionType extends JsType {
  /**
   * Calls the abstract method of a Java implementation with arguments already checked in
   * JavaScript; returns the result boxed ({@code null} for {@code void}). Generated as
   * {@code (Function<Integer, String> f, JsArgs a) -> f.apply(a.boxedIntAt(0))}.
   *
   * @param <F> the functional interface
   */
  public interface Invoker<F> {
    Object invoke(F function, JsArgs args) throws Throwable;
  }

  private final JsType returns;
  private final JsParam[] params;
  private final Invoker<?> invoker;

  private JsFunctionType(Class<?> type, boolean nullable, JsType returns, Invoker<?> invoker, JsParam[] params) {
    super(Kind.FUNCTION, nullable, type, "a function" + (nullable ? " or null" : ""));
    if (returns == null || invoker == null) {
      throw new NullPointerException("returns and invoker are required");
    }
    for (JsParam param : params) {
      if (param.optional() || param.rest()) {
        throw new IllegalArgumentException("a function's parameters are neither optional nor rest parameters");
      }
    }
    this.returns = returns;
    this.params = params.clone();
    this.invoker = invoker;
  }

  /** The functional interface {@code type} whose abstract method takes {@code params} and returns {@code returns}. */
  public static <F> JsFunctionType of(Class<? super F> type, JsType returns, Invoker<F> invoker, JsParam... params) {
    return new JsFunctionType(type, false, returns, invoker, params);
  }

  /** As {@link #of}, where {@code null} is also accepted ({@code @JsNullable}). */
  public static <F> JsFunctionType nullableOf(Class<? super F> type, JsType returns, Invoker<F> invoker,
      JsParam... params) {
    return new JsFunctionType(type, true, returns, invoker, params);
  }

  public JsType returns() {
    return returns;
  }

  public JsParam[] params() {
    return params.clone();
  }

  public int arity() {
    return params.length;
  }

  public JsParam param(int index) {
    return params[index];
  }

  public Invoker<?> invoker() {
    return invoker;
  }
}
