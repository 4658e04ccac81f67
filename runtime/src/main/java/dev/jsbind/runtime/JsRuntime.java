package dev.jsbind.runtime;

import dev.jsbind.runtime.j2v8.J2v8Runtime;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * One JavaScript runtime (a V8 isolate) with jsbind's bindings. Create it, {@link #install} exposed
 * classes, hand it Java objects with {@link #set}, run scripts with {@link #eval}, and
 * {@link #close} it.
 *
 * <p><b>Threads.</b> A runtime belongs to the thread that created it, its owner. V8 itself runs on
 * an engine thread the runtime starts with a stack of known size ({@link JsOptions#stackBytes}),
 * so deep recursion ends in a JavaScript {@code RangeError} whatever the JVM's {@code -Xss}: each
 * call from the owner runs there while the owner waits, and Java members called by scripts run
 * there too. A method called from any other thread (except {@link #submit}, {@link #executor()}
 * and {@link #isClosed()}, meant for any thread), or after {@link #close}, throws
 * {@link IllegalStateException} (J2V8 itself would throw a {@code java.lang.Error}); so does a
 * script function Java keeps (a {@code Consumer} a script passed) when called from such a thread.
 *
 * <p><b>Posting work.</b> Other threads hand work to the runtime with {@link #submit} or
 * {@link #executor()}: the engine thread runs it between scripts, as if the owner had made the
 * calls, so a task may run scripts and call kept script functions. The usual case is a Java future
 * whose result a script wants:
 * <pre>{@code
 * CompletableFuture<String> price = http.fetchAsync(url);  // completes on some pool thread
 * price.thenAcceptAsync(listener, js.executor());           // listener: a script's function
 * }</pre>
 * Tasks run one at a time, in the order they were queued (together with the owner's calls and
 * the settlements of Java futures), never inside a running script: a task queued while a script
 * runs waits until it returns. A task is under the runtime's time and memory budget like a
 * top-level script: one that runs past {@link JsOptions#timeLimitMillis} is terminated and fails
 * with {@link JsTimeoutException} (a memory overrun fails it with {@link JsMemoryLimitException}
 * and leaves the runtime open), and the runtime stays usable. Java code in a task is not
 * interrupted; its scripts are.
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
   * Queues {@code task} to run on this runtime's engine thread, after the work queued before it,
   * and answers its result. Callable from any thread, including the engine thread itself (a Java
   * member a script called): the task then runs after that script. While it runs, the task may
   * use this runtime (and other runtimes of the same owner) as the owner can, and
   * {@link #current()} is this runtime. Dependent stages added to the future without an executor
   * run on the engine thread when the task completes.
   *
   * <p>The future completes with what {@code task} returns, or exceptionally with what it throws
   * (the runtime goes on), with {@link JsTimeoutException} or {@link JsMemoryLimitException} if the
   * task overran its budget (also when it caught its script's termination), or with an
   * {@link IllegalStateException} if the runtime was closed before the task's turn came: tasks
   * still queued at {@link #close} do not run. Never wait for the future on the engine thread: the
   * task could only run after the waiting one.
   *
   * @param <T> the task's result type
   * @param task the work, run on the engine thread
   * @return a future of the task's result
   * @throws java.util.concurrent.RejectedExecutionException if the runtime is closed, or closing
   */
  public abstract <T> CompletableFuture<T> submit(Callable<T> task);

  /**
   * An {@link Executor} that runs each command as {@link #submit} runs a task: on the engine
   * thread, between scripts, in the order given, under the runtime's budget. It is meant for the
   * {@code *Async} methods of {@code CompletableFuture}
   * ({@code future.thenAcceptAsync(listener, js.executor())}), whose stages then fail or complete
   * as the command does. Callable from any thread.
   *
   * <p>A command given to {@code execute} directly that throws (for example the
   * {@link JsTimeoutException} of a script it ran past the limit) has nobody to report to: its
   * exception goes to the engine thread's
   * {@linkplain Thread#getUncaughtExceptionHandler() uncaught-exception handler} (by default the
   * {@linkplain Thread#setDefaultUncaughtExceptionHandler JVM-wide one}, else printed to
   * {@code System.err}), as a thread pool worker's would, and the runtime goes on. Commands still
   * queued at {@link #close} are dropped without running, like the queue of
   * {@code ExecutorService.shutdownNow}; a future's stage that was to run in one then never
   * completes (use {@link #submit}, whose future fails, where that matters).
   *
   * @return the runtime's executor; {@code execute} throws
   *     {@link java.util.concurrent.RejectedExecutionException} once the runtime is closed, or
   *     closing
   */
  public abstract Executor executor();

  /**
   * Whether {@link #close()} has run. Callable from any thread.
   *
   * @return {@code true} once the runtime is closed
   */
  public abstract boolean isClosed();

  /**
   * Releases the runtime and everything it holds. Closing again does nothing. Tasks queued with
   * {@link #submit} or {@link #executor()} that have not started do not run (see there); posting
   * one from now on throws {@link java.util.concurrent.RejectedExecutionException}.
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
