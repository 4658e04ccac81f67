package dev.jsbind.runtime;

import dev.jsbind.runtime.j2v8.J2v8Runtime;
import java.util.ArrayDeque;

/**
 * One JavaScript runtime (a V8 isolate) with jsbind's bindings. Create it, {@link #install} exposed
 * classes, hand it Java objects with {@link #set}, run scripts with {@link #eval}, and
 * {@link #close} it.
 *
 * <p><b>Threads.</b> A runtime belongs to the thread that created it, its owner. V8 itself runs on
 * an engine thread the runtime starts with a stack of known size ({@link JsOptions#stackBytes}),
 * so deep recursion ends in a JavaScript {@code RangeError} whatever the JVM's {@code -Xss}: each
 * call from the owner runs there while the owner waits, and Java members called by scripts run
 * there too. A method called from any other thread, or after {@link #close}, throws
 * {@link IllegalStateException} (J2V8 itself would throw a {@code java.lang.Error}).
 *
 * <p><b>The active scope.</b> While a runtime runs JavaScript or a Java member called from it, it is
 * the {@linkplain #current() active runtime} of that thread; the helpers behind generated bindings
 * take the runtime from there, so nothing has to pass it around. Scopes nest and never outlive a
 * call: a Java member may use its runtime, or another runtime of the same owner.
 */
public abstract class JsRuntime implements AutoCloseable {
  private static final ThreadLocal<ArrayDeque<JsRuntime>> ACTIVE = new ThreadLocal<ArrayDeque<JsRuntime>>() {
    @Override
    protected ArrayDeque<JsRuntime> initialValue() {
      return new ArrayDeque<JsRuntime>();
    }
  };

  /** The scope stack of the thread that runs this runtime's JavaScript, kept to avoid a lookup per call. */
  private ArrayDeque<JsRuntime> engineScopes;

  /** For engine implementations only. */
  protected JsRuntime() {}

  /**
   * Creates a runtime owned by the calling thread, with {@link JsOptions#defaults()}.
   *
   * @return the new runtime; close it when done
   */
  public static JsRuntime create() {
    return create(JsOptions.defaults());
  }

  /**
   * Creates a runtime owned by the calling thread.
   *
   * @param options the runtime's limits and settings
   * @return the new runtime; close it when done
   */
  public static JsRuntime create(JsOptions options) {
    return new J2v8Runtime(options);
  }

  /**
   * The runtime whose JavaScript (or whose callback into Java) is running on this thread.
   *
   * @return the innermost active runtime
   * @throws IllegalStateException if no runtime is active on this thread
   */
  public static JsRuntime current() {
    JsRuntime top = ACTIVE.get().peek();
    if (top == null) {
      throw new IllegalStateException("no jsbind runtime is active on thread '" + Thread.currentThread().getName()
          + "': JsRuntime.current() is only available while a runtime runs JavaScript or a Java method called from it");
    }
    return top;
  }

  /**
   * Installs the template of an {@code @JsExposed} class and makes its constructor a global of
   * that name. Installing a class again does nothing.
   *
   * @param type the exposed class
   * @throws IllegalArgumentException if {@code type} has no generated binding
   */
  public abstract void install(Class<?> type);

  /**
   * Sets a global variable. {@code value} may be {@code null}, a {@code Boolean}, a
   * {@code Number} ({@code long} only within ±(2^53−1)), a {@code Character}, a {@code String},
   * an enum constant (its name) or an instance of an {@code @JsExposed} class (wrapped; the same
   * Java object always gives the same JavaScript object while JavaScript can reach it).
   *
   * @param name the global's name
   * @param value its value
   */
  public abstract void set(String name, Object value);

  /**
   * Runs a script as global code and returns its completion value: {@code null} (for
   * {@code undefined} and {@code null}), a {@code Boolean}, an {@code Integer} (whole numbers in
   * int range) or {@code Double}, a {@code String}, or the Java object behind an exposed wrapper.
   *
   * @param script the JavaScript source
   * @return the completion value, converted
   * @throws JsException if the script throws, or its value has no Java equivalent
   */
  public abstract Object eval(String script);

  /**
   * Runs a script as global code and follows its completion value: when that is a
   * {@code Promise} (or any thenable), the future completes once it settles, with its value
   * converted as {@link #eval} converts values, or exceptionally with a {@link JsException} for a
   * rejection or a value with no Java equivalent; any other value completes it at once. Promises
   * settle on the engine thread, between tasks, so the owner may simply wait:
   * {@code js.evalPromise("api.load('x').then(parse)").get()}. A future still waiting when the
   * runtime closes completes exceptionally with an {@link IllegalStateException}.
   *
   * @param script the JavaScript source
   * @return a future of the settled value
   * @throws JsException if the script itself throws, or its value is neither a thenable nor has a
   *     Java equivalent (as {@link #eval})
   */
  public abstract java.util.concurrent.CompletableFuture<Object> evalPromise(String script);

  /**
   * Runs a script as global code for its effects, ignoring its value.
   *
   * @param script the JavaScript source
   * @throws JsException if the script throws
   */
  public abstract void exec(String script);

  /**
   * Whether {@link #close()} has run. Callable from any thread.
   *
   * @return {@code true} once the runtime is closed
   */
  public abstract boolean isClosed();

  /**
   * Releases the runtime and everything it holds. Closing again does nothing.
   *
   * @throws IllegalStateException from another thread, or from inside a callback of this runtime
   *     (J2V8 would abort the JVM), or if J2V8 handles leaked (the runtime is released anyway)
   */
  @Override
  public abstract void close();

  /** Called once, on the thread that will run this runtime's JavaScript. */
  protected final void bindScopesToCurrentThread() {
    engineScopes = ACTIVE.get();
  }

  /** Makes this runtime the active one of its engine thread until {@link #exitScope()}; call there only. */
  protected final void enterScope() {
    engineScopes.push(this);
  }

  /** Ends the scope opened by the matching {@link #enterScope()}. */
  protected final void exitScope() {
    engineScopes.pop();
  }
}
