package dev.jsbind.runtime.j2v8;

import com.eclipsesource.v8.JavaCallback;
import com.eclipsesource.v8.V8;
import com.eclipsesource.v8.V8Array;
import com.eclipsesource.v8.V8ArrayBuffer;
import com.eclipsesource.v8.V8Function;
import com.eclipsesource.v8.V8Object;
import com.eclipsesource.v8.V8RuntimeException;
import com.eclipsesource.v8.V8TypedArray;
import com.eclipsesource.v8.V8Value;
import dev.jsbind.runtime.JsException;
import dev.jsbind.runtime.JsMemoryLimitException;
import dev.jsbind.runtime.JsOptions;
import dev.jsbind.runtime.JsRuntime;
import dev.jsbind.runtime.binding.ClassTemplate;
import dev.jsbind.runtime.binding.JsFunctionType;
import dev.jsbind.runtime.binding.JsType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link JsRuntime} on J2V8 4.8 (V8 5.4): owns one isolate, its engine thread, its templates and
 * its wrappers.
 *
 * <p>Every public method first checks the thread and the state, so misuse is an
 * {@link IllegalStateException} rather than J2V8's {@code java.lang.Error} or a crash; then it runs
 * on the engine thread. Fields below the constructor's are touched only there.
 */
public final class J2v8Runtime extends JsRuntime {
  private static final String BOOTSTRAP = Resources.read("bootstrap.js");
  private static final String VALUES = Resources.read("values.js");
  /** How the glue's {@code wrap} hands over the exposed objects of a copied result. */
  private static final JsType ANY_EXPOSED = JsType.object(Object.class);
  private static final int FRAME_SLOTS = ArgumentSlots.SLOTS;
  /** How scripts run by eval/exec appear in JavaScript stack traces. */
  private static final String SCRIPT_NAME = "script";
  private static final AtomicInteger ENGINES = new AtomicInteger();

  private final JsOptions options;
  private final Thread owner;
  private final EngineThread engine;
  private volatile boolean closed;
  /** Guards {@link #closing}: a task is either queued before close() begins, or refused. */
  private final Object posting = new Object();
  /** Set once close() has begun: tasks are refused from then on, and queued ones do not run. */
  private volatile boolean closing;
  /** Tasks that reached the engine thread after close() began; failed by close() once V8 is released. */
  private final List<PostedTask<?>> unrun = new ArrayList<PostedTask<?>>();
  private final Executor executor = new Executor() {
    @Override
    public void execute(Runnable command) {
      if (command == null) {
        throw new NullPointerException("command");
      }
      queue(PostedTask.command(command));
    }

    @Override
    public String toString() {
      return "executor of " + J2v8Runtime.this;
    }
  };

  private V8 v8;
  private ObjectTable objects;
  private final ErrorBridge errors;
  private Templates templates;
  /** Memory shared with the bootstrap's Float64Array; slot 0 passes the id of a new wrapper. */
  private final ByteBuffer frame = ByteBuffer.allocateDirect(8 * FRAME_SLOTS).order(ByteOrder.nativeOrder());
  /** Numbers, booleans and chars go back to the glue through the frame too. */
  private final FrameResults frameResults = new FrameResults(frame);
  private ReturnableObject token;
  /** The glue's private array for strings and nullable values; see {@link ArgumentSlots}. */
  private V8Array slots;
  private V8Object helpers;

  private Termination termination;
  private JavaValues values;
  /** Arrays, collections and @JsValue objects cross through it (see values.js). */
  private Tape tape;
  private ValueWriter valueWriter;
  /** Calls from the glue now running (nested ones included): 0 while a top-level script runs. */
  private int callDepth;
  private SlotValues slotValues;
  private FunctionBridge functions;
  private PromiseBridge promises;
  /** Set on the engine thread once V8 is released: posted work that arrives later is dropped. */
  private boolean released;
  /** Futures still waiting for a script's promise at close; completed by {@link #close} afterwards. */
  private List<CompletableFuture<Object>> abandoned = Collections.emptyList();

  public J2v8Runtime(JsOptions options) {
    this.options = options;
    // Created by a Java member a script called (on another runtime's engine thread), it belongs to
    // the thread that chain of calls works for, like everything else that member does: so the
    // member can use it and close it, and so can that thread once the member returned.
    this.owner = EngineThread.principalOf(Thread.currentThread());
    this.errors = new ErrorBridge(options.javaErrors());
    this.engine = new EngineThread("jsbind-engine-" + ENGINES.incrementAndGet(), options.stackBytes());
    try {
      engine.call(new Callable<Void>() {
        @Override
        public Void call() {
          start();
          return null;
        }
      }, 0, null);
    } catch (RuntimeException | Error e) {
      engine.stop();
      throw e;
    }
  }

  /** Runs on the engine thread. */
  private void start() {
    bindScopesToCurrentThread();
    v8 = StackLimit.createRuntime(options.stackBytes());
    try {
      // Only called while a new wrapper's handle is still strong, so the GC cannot take it.
      objects = new ObjectTable(new Runnable() {
        @Override
        public void run() {
          v8.lowMemoryNotification();
        }
      });
      token = new ReturnableObject(v8);
      slots = new V8Array(v8);
      for (int i = 0; i < ArgumentSlots.SLOTS; i++) {
        slots.pushNull(); // before any script runs, so these writes meet no prototype setter
      }
      helpers = bootstrap();
      templates = new Templates(this, v8, helpers, slots);
      termination = new Termination(v8, options);
      values = new JavaValues(v8, templates, objects, frame, slots, helpers);
      tape = new Tape(v8, helpers, slots);
      valueWriter = new ValueWriter(tape);
      values.copyValuesWith(valueWriter);
      slotValues = new SlotValues(frame, slots, objects, values, errors);
      functions = new FunctionBridge(this, helpers, frame, slotValues);
      promises = new PromiseBridge(this, helpers, frame, slotValues, errors);
      slotValues.bridges(functions, promises);
      values.promises(promises);
    } catch (RuntimeException | Error e) {
      v8.release(false);
      throw e;
    }
  }

  private V8Object bootstrap() {
    V8Object natives = new V8Object(v8);
    V8ArrayBuffer buffer = new V8ArrayBuffer(v8, frame);
    V8TypedArray view = new V8TypedArray(v8, buffer, V8Value.FLOAT_64_ARRAY, 0, FRAME_SLOTS);
    V8Function boot = null;
    V8Array args = null;
    try {
      natives.registerJavaMethod(new JavaCallback() {
        @Override
        public Object invoke(V8Object receiver, V8Array parameters) {
          return errors.take(frame);
        }
      }, "takeError");
      registerValueNatives(natives);
      natives.registerJavaMethod(new JavaCallback() {
        @Override
        public Object invoke(V8Object receiver, V8Array parameters) {
          settled();
          return null;
        }
      }, "settled");
      boot = (V8Function) v8.executeScript(BOOTSTRAP, "jsbind:bootstrap", 0);
      args = new V8Array(v8).push(natives).push(token).push(view).push(slots).push(SCRIPT_NAME).push(VALUES);
      return (V8Object) boot.call(null, args);
    } finally {
      release(args);
      release(boot);
      view.release();
      buffer.release();
      natives.release();
    }
  }

  /**
   * values.js's natives: {@code growTape} (the size it needs is in frame slot 1) and {@code wrap}
   * (the wrapper of the k-th exposed object of the last copied result; k in frame slot 1). Like
   * member natives, they never throw into J2V8.
   */
  private void registerValueNatives(V8Object natives) {
    natives.registerJavaMethod(new JavaCallback() {
      @Override
      public Object invoke(V8Object receiver, V8Array parameters) {
        try {
          tape.ensure((long) frame.getDouble(8 * ArgumentSlots.RECEIVER));
          return null;
        } catch (Throwable failure) {
          errors.record(failure, "copying a value");
          return token.lend();
        }
      }
    }, "growTape");
    natives.registerJavaMethod(new JavaCallback() {
      @Override
      public Object invoke(V8Object receiver, V8Array parameters) {
        try {
          Object object = valueWriter.pending(Untrusted.id(frame.getDouble(8 * ArgumentSlots.RECEIVER)));
          return values.toJs(ANY_EXPOSED, object); // the callback's last step, as for any object result
        } catch (Throwable failure) {
          errors.record(failure, "copying a value");
          frame.putDouble(8 * ArgumentSlots.NEW_WRAPPER, 0);
          return token.lend();
        }
      }
    }, "wrap");
  }

  // ---- public API ---------------------------------------------------------------------------

  @Override
  public void install(final Class<?> type) {
    if (type == null) {
      throw new NullPointerException("type");
    }
    onEngine(new Callable<Void>() {
      @Override
      public Void call() {
        templates.installGlobal(type);
        return null;
      }
    }, null);
  }

  @Override
  public void set(final String name, final Object value) {
    if (name == null) {
      throw new NullPointerException("name");
    }
    onEngine(new Callable<Void>() {
      @Override
      public Void call() {
        values.setGlobal(name, value);
        return null;
      }
    }, null);
  }

  @Override
  public Object eval(String script) {
    return run(script, true);
  }

  @Override
  public void exec(String script) {
    run(script, false);
  }

  @Override
  @SuppressWarnings("unchecked") // run() answers the future made by runOnEngine for "runAsync"
  public CompletableFuture<Object> evalPromise(String script) {
    return (CompletableFuture<Object>) run(script, null);
  }

  @Override
  public Executor executor() {
    return executor;
  }

  @Override
  public <T> CompletableFuture<T> submit(Callable<T> task) {
    if (task == null) {
      throw new NullPointerException("task");
    }
    CompletableFuture<T> future = new CompletableFuture<T>();
    queue(PostedTask.submitted(task, future));
    return future;
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    if (engine.isCurrent()) {
      throw new IllegalStateException("a JsRuntime cannot be closed while it runs JavaScript (from inside a"
          + " callback or a task): J2V8 would abort the JVM; close it after the script returns");
    }
    checkCaller();
    synchronized (posting) {
      closing = true; // tasks queued before this line see it when their turn comes, and do not run
    }
    long leaked;
    try {
      leaked = engine.call(new Callable<Long>() {
        @Override
        public Long call() {
          return releaseEverything();
        }
      }, 0, null);
    } finally {
      closed = true;
      engine.stop();
    }
    for (CompletableFuture<Object> future : abandoned) {
      // Here, on the closing thread: their dependents may not use the runtime any more.
      future.completeExceptionally(new IllegalStateException("the JsRuntime was closed before the promise settled"));
    }
    abandoned = Collections.emptyList();
    for (PostedTask<?> task : unrun) {
      task.notRun(); // here too: a failed future's dependents may not use the runtime any more
    }
    unrun.clear();
    if (leaked != 0) {
      throw new IllegalStateException("jsbind left " + leaked + " J2V8 handle(s) open; the runtime was released"
          + " anyway (please report this)");
    }
  }

  /** Runs on the engine thread; answers how many J2V8 handles were still open. */
  private long releaseEverything() {
    released = true;
    functions.clear();
    abandoned = promises.abandon();
    objects.clear();
    templates.release();
    helpers.release();
    slots.release();
    token.release();
    // Wrapper handles are weak and do not count; anything else still open is a jsbind bug.
    long leaked = v8.getObjectReferenceCount();
    v8.release(false);
    return leaked;
  }

  /** J2V8 handles held open beyond the runtime's own fixed set; for leak checks in tests. */
  public long openHandleCount() {
    return onEngine(new Callable<Long>() {
      @Override
      public Long call() {
        return v8.getObjectReferenceCount() - templates.handleCount() - 3; // helpers, slots, token
      }
    }, null);
  }

  /** Ids of Java objects currently known to JavaScript, including not yet swept collected ones. */
  public int wrappedObjectCount() {
    return onEngine(new Callable<Integer>() {
      @Override
      public Integer call() {
        return objects.size();
      }
    }, null);
  }

  /**
   * How many script functions Java holds (after letting go of those whose {@code JsFunction}
   * became unreachable). For tests: it returns to its baseline once Java drops them and the JVM
   * collected them.
   */
  public int retainedFunctionCount() {
    return onEngine(new Callable<Integer>() {
      @Override
      public Integer call() {
        return helpers.executeIntegerFunction("keptCallbacks", null);
      }
    }, null);
  }

  /**
   * Diagnostics, for tests: what the slots and frame words shared by the glue and Java (see
   * {@code ArgumentSlots}) still hold, as {@code "S3=\"…\", F2=7"}; {@code ""} when every one is
   * empty, as it must be whenever no call is running: nothing a call passes outlives it. Frame word
   * 1 is left out: it only ever holds a receiver id, a status or a count, never a value.
   */
  public String boundaryLeftovers() {
    return onEngine(new Callable<String>() {
      @Override
      public String call() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < FRAME_SLOTS; i++) {
          int type = slots.getType(i);
          if (type != V8Value.NULL) {
            Object value = type == V8Value.STRING ? "\"" + slots.getString(i) + "\"" : type == V8Value.V8_OBJECT
                || type == V8Value.V8_ARRAY || type == V8Value.V8_TYPED_ARRAY || type == V8Value.V8_FUNCTION
                ? "an object" : String.valueOf(type == V8Value.INTEGER || type == V8Value.DOUBLE
                    ? slots.getDouble(i) : type == V8Value.BOOLEAN ? slots.getBoolean(i) : "type " + type);
            out.append(out.length() == 0 ? "" : ", ").append('S').append(i).append('=').append(value);
          }
          double word = frame.getDouble(8 * i);
          if (i != ArgumentSlots.RECEIVER && word != 0) {
            out.append(out.length() == 0 ? "" : ", ").append('F').append(i).append('=').append(word);
          }
        }
        return out.toString();
      }
    }, null);
  }

  /**
   * How many script promises the glue keeps for Java that Java has not started following yet: 0
   * between calls (a call Java refused gives back what it was passed). For tests.
   */
  public int watchedPromiseCount() {
    return onEngine(new Callable<Integer>() {
      @Override
      public Integer call() {
        return helpers.executeIntegerFunction("watchedPromises", null);
      }
    }, null);
  }

  /** Runs a full V8 garbage collection; wrappers no script holds are collected. For tests. */
  void collectGarbage() {
    onEngine(new Callable<Void>() {
      @Override
      public Void call() {
        v8.lowMemoryNotification();
        return null;
      }
    }, null);
  }

  @Override
  public String toString() {
    return "JsRuntime[" + (closed ? "closed" : "owner=" + owner.getName()) + "]";
  }

  // ---- threads --------------------------------------------------------------------------------

  /**
   * Runs {@code body} on the engine thread, in this runtime's scope. From the engine thread itself
   * (a Java member called by one of this runtime's scripts) it runs directly; from the owner, or
   * a thread working for it, it is handed over and waited for.
   */
  private <T> T onEngine(Callable<T> body, Termination.Budget budget) {
    if (closed) {
      throw new IllegalStateException("this JsRuntime is closed");
    }
    if (engine.isCurrent()) {
      if (!StackLimit.enoughLeftToEnter()) {
        // Before J2V8 is touched: without stack for its calls back into Java, it aborts the JVM.
        throw new JsException("RangeError", "Maximum call stack size exceeded (too little Java stack is left"
            + " on the engine thread to call into JavaScript again)", "", null);
      }
      return inScope(body);
    }
    checkCaller();
    final Callable<T> work = body;
    return engine.call(new Callable<T>() {
      @Override
      public T call() {
        return inScope(work);
      }
    }, budget == null ? 0 : budget.pollMillis(), budget);
  }

  /**
   * {@link #onEngine} for a call into a script function ({@link FunctionBridge}). From the owner,
   * outside any script, the call is a top-level unit of work with the budget of a script; inside
   * one (or a task) it is part of that. From a foreign thread it is refused naming the way that
   * works: a Java future's callback is the usual culprit.
   */
  <T> T onEngineForCallback(final Callable<T> body) {
    Thread current = Thread.currentThread();
    if (!closed && !engine.isCurrent() && EngineThread.principalOf(current) != owner) {
      throw new IllegalStateException("a JavaScript function kept by Java belongs to a JsRuntime of thread '"
          + owner.getName() + "' and cannot be called from thread '" + current.getName() + "'; use"
          + " runtime.executor() to run it on the runtime's thread (for example"
          + " future.thenAcceptAsync(listener, runtime.executor())) or runtime.submit(task)");
    }
    if (closed || engine.isCurrent() || !watched()) {
      return onEngine(body, null);
    }
    final Termination.Budget budget = termination.new Budget();
    try {
      return onEngine(new Callable<T>() {
        @Override
        public T call() throws Exception {
          budget.arm();
          return timed(body);
        }
      }, budget);
    } catch (JsMemoryLimitException e) {
      close(); // as for eval: gives V8's memory back; the runtime is unusable from here on
      throw e;
    }
  }

  /**
   * Engine thread: runs the owner's call into a script function as a top-level script runs. The
   * promise reactions it queued run before V8 returns to Java, and a termination that stops one
   * of them does not make the call fail: it overran all the same.
   */
  private <T> T timed(Callable<T> body) throws Exception {
    termination.scriptStarts();
    JsException overrun = null;
    try {
      T result = body.call();
      overrun = termination.overrunError();
      if (overrun != null) {
        throw overrun;
      }
      return result;
    } catch (RuntimeException e) {
      overrun = termination.overrunError();
      throw overrun != null ? overrun : e;
    } finally {
      termination.scriptEnds();
      if (overrun != null) {
        emptySlotsAfterTermination();
        overran(overrun);
      }
    }
  }

  /**
   * Runs {@code body} on the engine thread after the tasks queued before it, in this runtime's
   * scope, without waiting: how futures completed on any thread settle their promises. Dropped
   * once the runtime is closed.
   */
  void post(final Runnable body) {
    if (closed) {
      return;
    }
    engine.post(new Runnable() {
      @Override
      public void run() {
        if (!released) {
          runPosted(body);
        }
      }
    }, owner);
  }

  /**
   * Queues a task of {@link #submit} or the executor, from any thread: the same queue as
   * settlements and the owner's calls, so tasks run in the order they were queued, each between
   * two other tasks, never inside a running script.
   */
  private void queue(final PostedTask<?> task) {
    synchronized (posting) {
      if (closing) {
        throw new RejectedExecutionException("this JsRuntime is closed; it runs no more tasks");
      }
      // On behalf of the owner, like the owner's own calls: a task may use the owner's runtimes.
      engine.post(new Runnable() {
        @Override
        public void run() {
          runTask(task);
        }
      }, owner);
    }
  }

  /** Engine thread: runs a task under the budget of a top-level script, or keeps it for close(). */
  private void runTask(final PostedTask<?> task) {
    if (closing) {
      unrun.add(task);
      return;
    }
    try {
      runPosted(new Runnable() {
        @Override
        public void run() {
          task.run(termination);
        }
      });
    } catch (Throwable failure) {
      task.failed(failure); // the scope itself failed to open: the task never ran
    }
  }

  /**
   * Work nobody waits for (a settlement with the promise reactions it triggers, or a task) gets the
   * time and memory budget of a top-level script, watched by the {@link Watchdog}.
   */
  private void runPosted(final Runnable body) {
    Callable<Void> work = new Callable<Void>() {
      @Override
      public Void call() {
        body.run();
        return null;
      }
    };
    if (!watched()) {
      inScope(work);
      return;
    }
    termination.scriptStarts();
    ScheduledFuture<?> watch = Watchdog.watch(termination.new Budget().arm());
    JsException overrun = null;
    try {
      inScope(work);
    } finally {
      watch.cancel(false);
      overrun = termination.overrunError();
      termination.scriptEnds();
      if (overrun != null) {
        emptySlotsAfterTermination(); // no call runs any more: nothing a stopped one passed may stay
        overran(overrun);
      }
    }
  }

  private boolean watched() {
    return options.timeLimitMillis() > 0 || options.memoryLimitBytes() > 0;
  }

  /**
   * After a top-level script or task overran: V8 drops every queued promise reaction when it
   * terminates, so the futures waiting for script promises might never complete; they fail with
   * the overrun instead. Runs after the termination was absorbed, so their dependents may use the
   * runtime.
   */
  private void overran(final JsException overrun) {
    inScope(new Callable<Void>() {
      @Override
      public Void call() {
        promises.failWaiting(overrun);
        return null;
      }
    });
  }

  private void settled() {
    enterScope();
    try {
      promises.settled();
    } catch (Throwable e) {
      // Never into J2V8 (see ErrorBridge); settled() itself completes the future with any failure.
    } finally {
      exitScope();
    }
  }

  private <T> T inScope(Callable<T> body) {
    enterScope();
    try {
      functions.releaseUnreachable();
      return body.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      exitScope();
    }
  }

  private void checkCaller() {
    Thread current = Thread.currentThread();
    if (EngineThread.principalOf(current) != owner) {
      throw new IllegalStateException("this JsRuntime belongs to thread '" + owner.getName()
          + "' and cannot be used from thread '" + current.getName() + "' (V8 isolates are single-threaded);"
          + " to run work on it from there, use runtime.submit(task) or runtime.executor()");
    }
    if (engine.busy()) {
      throw new IllegalStateException("this JsRuntime is running the script that (through another runtime)"
          + " made this call; re-entering it from there would deadlock");
    }
  }

  // ---- calls from JavaScript ------------------------------------------------------------------

  /**
   * Runs one member for the glue. Never throws into J2V8 (see {@link ErrorBridge}): a failure is
   * recorded and the token returned, and the glue throws the matching JavaScript error.
   */
  Object call(Member member) {
    enterScope();
    double outerBase = tape.enter();
    callDepth++;
    try {
      return invoke(member);
    } catch (Throwable failure) {
      errors.record(failure, member.where);
      frame.putDouble(8 * ArgumentSlots.NEW_WRAPPER, 0); // an abandoned new wrapper must never lend its id
      return token.lend();
    } finally {
      callDepth--;
      tape.leave(outerBase);
      exitScope();
    }
  }

  /**
   * Runs one member whose result goes back in the frame (see {@link FrameResults}). Never throws
   * into J2V8 either: a failure is recorded and the frame says so.
   */
  void callWithResultInFrame(Member member) {
    enterScope();
    double outerBase = tape.enter();
    callDepth++;
    try {
      // The last step: the member and any script it called have finished, so nothing can
      // overwrite the result before the glue reads it.
      frameResults.write(member.returns, result(member));
    } catch (Throwable failure) {
      errors.record(failure, member.where);
      frameResults.failed();
    } finally {
      callDepth--;
      tape.leave(outerBase);
      exitScope();
    }
  }

  @SuppressWarnings("unchecked") // the bodies were declared for member.owner, checked by receiver()
  private Object invoke(Member member) throws Throwable {
    switch (member.kind) {
      case CONSTRUCTOR:
        Object made = ((ClassTemplate.Constructor<Object>) member.body).construct(args(member));
        if (made == null) {
          throw new IllegalStateException(member.where + " returned null");
        }
        return values.toJs(member.returns, made);
      case ITERABLE:
        Iterator<?> fresh = ((Iterable<?>) composite(member)).iterator();
        if (fresh == null) {
          throw new IllegalStateException(member.where + ": iterator() returned null");
        }
        return values.toJs(member.returns, fresh);
      case ITERATOR:
        Iterator<?> iterator = (Iterator<?>) composite(member);
        if (!iterator.hasNext()) {
          frame.putDouble(8 * ArgumentSlots.RECEIVER, 1); // done
          return null;
        }
        Object element = values.toJs(member.returns, iterator.next());
        frame.putDouble(8 * ArgumentSlots.RECEIVER, 0); // after next(), which may have called scripts
        return element;
      default:
        return values.toJs(member.returns, result(member));
    }
  }

  /** Runs a method, accessor or Java function and answers its Java result ({@code null} for void and setters). */
  @SuppressWarnings("unchecked") // the bodies were declared for member.owner, checked by receiver()
  private Object result(Member member) throws Throwable {
    switch (member.kind) {
      case STATIC_METHOD:
      case STATIC_GETTER: // static accessors are declared as StaticMethod bodies (see TemplateBuilder)
      case STATIC_SETTER:
        return ((ClassTemplate.StaticMethod) member.body).invoke(args(member));
      case METHOD:
        Object self = receiver(member);
        return ((ClassTemplate.Method<Object>) member.body).invoke(self, args(member));
      case GETTER:
        return ((ClassTemplate.Getter<Object>) member.body).get(receiver(member));
      case SETTER:
        Object target = receiver(member);
        ((ClassTemplate.Setter<Object>) member.body).set(target, args(member));
        return null;
      case FUNCTION:
        Object function = composite(member);
        JsFunctionType.Invoker<Object> invoker = (JsFunctionType.Invoker<Object>) ((JsFunctionType) member.body).invoker();
        return invoker.invoke(function, args(member));
      default:
        throw new AssertionError(member.kind);
    }
  }

  private V8Args args(Member member) throws Throwable {
    return new V8Args(member, frame, slots, objects, tape, slotValues);
  }

  /** The Java function, iterable or iterator behind the glue's object for a composite member. */
  private Object composite(Member member) {
    Object self = objects.get(Untrusted.id(frame.getDouble(8 * ArgumentSlots.RECEIVER)));
    if (!((JsType) member.body).javaClass().isInstance(self)) {
      V8Args.forgetKept(member, frame, slotValues);
      throw new BoundaryError(BoundaryError.Kind.TYPE_ERROR, "Illegal invocation: " + member.where);
    }
    return self;
  }

  /**
   * Whether the Java object of the wrapper whose id the glue put in the receiver slot is a
   * {@code type}: an exposed interface's {@code instanceof}. Reads no JavaScript value.
   */
  boolean receiverIs(Class<?> type) {
    return type.isInstance(objects.get(Untrusted.id(frame.getDouble(8 * ArgumentSlots.RECEIVER))));
  }

  private Object receiver(Member member) {
    Object self = objects.get(Untrusted.id(frame.getDouble(8 * ArgumentSlots.RECEIVER)));
    if (!member.owner.isInstance(self)) {
      V8Args.forgetKept(member, frame, slotValues);
      // The glue only passes ids of branded wrappers; a Point's wrapper given Counter's prototype
      // (Object.setPrototypeOf) still carries the Point's id, and is refused here.
      throw new BoundaryError(BoundaryError.Kind.TYPE_ERROR, "Illegal invocation: " + member.where
          + " was called on something that is not a " + member.owner.getSimpleName());
    }
    return self;
  }

  /** {@code wantValue}: eval (true), exec (false) or evalPromise (null, answers a future). */
  private Object run(final String script, final Boolean wantValue) {
    if (script == null) {
      throw new NullPointerException("script");
    }
    final Termination.Budget budget = watched() && !engine.isCurrent() ? termination.new Budget() : null;
    try {
      return onEngine(new Callable<Object>() {
        @Override
        public Object call() {
          if (budget != null) {
            budget.arm(); // from now: not while this call waited behind other work
          }
          return runOnEngine(script, wantValue);
        }
      }, budget);
    } catch (JsMemoryLimitException e) {
      if (!engine.isCurrent()) {
        close(); // gives V8's memory back; the runtime is unusable from here on
      }
      throw e;
    }
  }

  private Object runOnEngine(String script, Boolean wantValue) {
    if (script.length() > JsValues.MAX_STRING_LENGTH) {
      // J2V8 would hand the glue undefined, and eval would run the script "undefined".
      throw new JsException("RangeError", "the script has " + script.length() + " characters, more than the longest"
          + " JavaScript string (" + JsValues.MAX_STRING_LENGTH + ")", "", null);
    }
    budgetLeft();
    termination.scriptStarts();
    V8Array result = null;
    JsException overrun = null;
    try {
      if (callDepth == 0) {
        tape.shrinkIfIdleAndLarge(); // before the script takes slot 0
      }
      slots.add("0", script);
      // A top-level script: the glue may drop what a terminated one left on the tape.
      frame.putDouble(8 * ArgumentSlots.RECEIVER, callDepth == 0 ? 1 : 0);
      result = helpers.executeArrayFunction(wantValue == null ? "runAsync" : "run", null);
      // V8 runs the promise reactions a script queued before the call returns, and a termination
      // that stops one of them does not make the call fail: the script overran all the same.
      overrun = termination.overrunError();
      if (overrun != null) {
        throw overrun;
      }
      if (wantValue == null) {
        return result.getInteger(0) == 8
            ? promises.watchAny(result.getInteger(1))
            : CompletableFuture.completedFuture(ScriptResults.read(result, true, objects, errors));
      }
      return ScriptResults.read(result, wantValue, objects, errors);
    } catch (V8RuntimeException e) {
      // The bootstrap catches everything a script throws: this is termination or a V8 failure.
      if (callDepth == 0) {
        emptySlotsAfterTermination();
      }
      overrun = termination.overrunError();
      throw uncaught(e);
    } finally {
      release(result);
      termination.scriptEnds();
      if (overrun != null && callDepth == 0) {
        overran(overrun);
      }
    }
  }

  /**
   * A terminated script never reached the glue that empties the slots of the calls it was in; no
   * call runs any more, so every slot is emptied here (issue 11: nothing outlives its call). The
   * next top-level script would empty them too, but promise reactions may run before it.
   */
  private void emptySlotsAfterTermination() {
    try {
      slotValues.clear(1, FRAME_SLOTS - 1);
      frame.putDouble(8 * ArgumentSlots.NEW_WRAPPER, 0);
    } catch (RuntimeException | Error ignored) {
      // V8 refused even a plain array write: the runtime is being torn down anyway.
    }
  }

  /**
   * Refuses to start JavaScript once the task running it overran: a posted task that caught its
   * script's termination must not run more scripts unbounded (V8 forgets a termination once no
   * JavaScript is on the stack). Between top-level scripts nothing is overrun.
   */
  void budgetLeft() {
    JsException overrun = termination.overrunError();
    if (overrun != null) {
      throw overrun;
    }
  }

  /** What a script's failure that the bootstrap could not catch means: our termination, or no stack left. */
  JsException uncaught(V8RuntimeException e) {
    JsException overrun = termination.overrunError();
    return overrun != null ? overrun : ScriptResults.uncaught(e);
  }

  private static void release(V8Value value) {
    if (value != null) {
      value.release();
    }
  }

}
