package dev.jsbind.runtime.j2v8;

import com.eclipsesource.v8.JavaCallback;
import com.eclipsesource.v8.V8;
import com.eclipsesource.v8.V8Array;
import com.eclipsesource.v8.V8ArrayBuffer;
import com.eclipsesource.v8.V8Function;
import com.eclipsesource.v8.V8Object;
import com.eclipsesource.v8.V8RuntimeException;
import com.eclipsesource.v8.V8ScriptException;
import com.eclipsesource.v8.V8TypedArray;
import com.eclipsesource.v8.V8Value;
import dev.jsbind.runtime.JsException;
import dev.jsbind.runtime.JsMemoryLimitException;
import dev.jsbind.runtime.JsOptions;
import dev.jsbind.runtime.JsRuntime;
import dev.jsbind.runtime.JsTimeoutException;
import dev.jsbind.runtime.binding.ClassTemplate;
import dev.jsbind.runtime.binding.JsType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link JsRuntime} on J2V8 4.8 (V8 5.4): owns one isolate, its engine thread, its templates and
 * its wrappers.
 *
 * <p>Every public method first checks the thread and the state, so misuse is an
 * {@link IllegalStateException} rather than J2V8's {@code java.lang.Error} or a crash; then it runs
 * on the engine thread. Fields below the constructor's are touched only there.
 */
public final class J2v8Runtime extends JsRuntime {
  private static final String BOOTSTRAP = readResource("bootstrap.js");
  private static final int FRAME_SLOTS = ArgumentSlots.SLOTS;
  /** How scripts run by eval/exec appear in JavaScript stack traces. */
  private static final String SCRIPT_NAME = "script";
  private static final AtomicInteger ENGINES = new AtomicInteger();

  private final JsOptions options;
  private final Thread owner;
  private final EngineThread engine;
  private volatile boolean closed;

  private V8 v8;
  private ObjectTable objects;
  private final ErrorBridge errors;
  private Templates templates;
  /** Memory shared with the bootstrap's Float64Array; slot 0 passes the id of a new wrapper. */
  private final ByteBuffer frame = ByteBuffer.allocateDirect(8 * FRAME_SLOTS).order(ByteOrder.nativeOrder());
  private ReturnableObject token;
  /** The glue's private array for strings and nullable values; see {@link ArgumentSlots}. */
  private V8Array slots;
  private V8Object helpers;

  /** Guards the hand-over between the engine running scripts and an owner terminating them. */
  private final Object termination = new Object();
  private int scriptDepth;
  private boolean terminationRequested;
  private Overrun overrun;
  private long overrunBytes;

  public J2v8Runtime(JsOptions options) {
    this.options = options;
    this.owner = Thread.currentThread();
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
      boot = (V8Function) v8.executeScript(BOOTSTRAP, "jsbind:bootstrap", 0);
      args = new V8Array(v8).push(natives).push(token).push(view).push(slots).push(SCRIPT_NAME);
      return (V8Object) boot.call(null, args);
    } finally {
      release(args);
      release(boot);
      view.release();
      buffer.release();
      natives.release();
    }
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
        setGlobal(name, value);
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
          + " callback): J2V8 would abort the JVM; close it after the script returns");
    }
    checkCaller();
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
    if (leaked != 0) {
      throw new IllegalStateException("jsbind left " + leaked + " J2V8 handle(s) open; the runtime was released"
          + " anyway (please report this)");
    }
  }

  /** Runs on the engine thread; answers how many J2V8 handles were still open. */
  private long releaseEverything() {
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
  private <T> T onEngine(Callable<T> body, Budget budget) {
    if (closed) {
      throw new IllegalStateException("this JsRuntime is closed");
    }
    if (engine.isCurrent()) {
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

  private <T> T inScope(Callable<T> body) {
    enterScope();
    try {
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
          + "' and cannot be used from thread '" + current.getName() + "' (V8 isolates are single-threaded)");
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
    try {
      return invoke(member);
    } catch (Throwable failure) {
      errors.record(failure, member.where);
      frame.putDouble(8 * ArgumentSlots.NEW_WRAPPER, 0); // an abandoned new wrapper must never lend its id
      return token.lend();
    } finally {
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
        return toJs(member.returns, made);
      case STATIC_METHOD:
        return toJs(member.returns, ((ClassTemplate.StaticMethod) member.body).invoke(args(member)));
      case METHOD:
        Object self = receiver(member);
        return toJs(member.returns, ((ClassTemplate.Method<Object>) member.body).invoke(self, args(member)));
      case GETTER:
        return toJs(member.returns, ((ClassTemplate.Getter<Object>) member.body).get(receiver(member)));
      case SETTER:
        Object target = receiver(member);
        ((ClassTemplate.Setter<Object>) member.body).set(target, args(member));
        return null;
      default:
        throw new AssertionError(member.kind);
    }
  }

  private V8Args args(Member member) {
    return new V8Args(member, frame, slots, objects);
  }

  private Object receiver(Member member) {
    Object self = objects.get((int) frame.getDouble(8 * ArgumentSlots.RECEIVER));
    if (!member.owner.isInstance(self)) {
      // The glue only passes ids of branded wrappers; a Point's wrapper given Counter's prototype
      // (Object.setPrototypeOf) still carries the Point's id, and is refused here.
      throw new BoundaryError(BoundaryError.Kind.TYPE_ERROR, "Illegal invocation: " + member.where
          + " was called on something that is not a " + member.owner.getSimpleName());
    }
    return self;
  }

  /** Converts a member's Java result for the glue; for objects this must be the callback's last step. */
  private Object toJs(JsType type, Object value) {
    if (value == null) {
      return null;
    }
    switch (type.kind()) {
      case VOID:
        return null;
      case BYTE:
      case SHORT:
        return ((Number) value).intValue();
      case LONG:
        return safeLong((Long) value);
      case FLOAT:
        return ((Float) value).doubleValue();
      case CHAR:
        return String.valueOf(((Character) value).charValue());
      case ENUM:
        return ((Enum<?>) value).name();
      case OBJECT:
        ReturnableObject wrapper = wrapperFor(value);
        wrapper.makeWeak(); // no V8 allocation may happen between this and the return
        return wrapper.lend();
      default:
        return value; // Boolean, Integer, Double, String: J2V8 converts them as they are
    }
  }

  private static Double safeLong(long value) {
    if (value > JsValues.MAX_SAFE_INTEGER || value < -JsValues.MAX_SAFE_INTEGER) {
      throw new BoundaryError(BoundaryError.Kind.RANGE_ERROR, "the long " + value
          + " cannot cross as a JavaScript number exactly (|n| must be <= 2^53-1)");
    }
    return (double) value;
  }

  /**
   * The wrapper of {@code object}: the live one if JavaScript still holds it (identity), else a new
   * object with the template's prototype, whose id waits in the frame for the glue to brand it.
   */
  private ReturnableObject wrapperFor(Object object) {
    Template template = templates.forInstance(object); // may run JavaScript: before reading handles
    ReturnableObject existing = objects.wrapperOf(object);
    if (existing != null) {
      return existing;
    }
    ReturnableObject wrapper = new ReturnableObject(v8);
    wrapper.setPrototype(template.prototype);
    frame.putDouble(8 * ArgumentSlots.NEW_WRAPPER, objects.put(object, wrapper));
    return wrapper;
  }

  // ---- Java → JavaScript ----------------------------------------------------------------------

  private void setGlobal(String name, Object value) {
    if (value == null) {
      v8.addNull(name);
    } else if (value instanceof Boolean) {
      v8.add(name, ((Boolean) value).booleanValue());
    } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      v8.add(name, ((Number) value).intValue());
    } else if (value instanceof Long) {
      v8.add(name, safeLongArgument((Long) value));
    } else if (value instanceof Double || value instanceof Float) {
      v8.add(name, ((Number) value).doubleValue());
    } else if (value instanceof Character || value instanceof String) {
      v8.add(name, value.toString());
    } else if (value instanceof Enum) {
      v8.add(name, ((Enum<?>) value).name());
    } else if (templates.isExposed(value.getClass())) {
      setWrapper(name, value);
    } else {
      throw new IllegalArgumentException("cannot hand a " + value.getClass().getName() + " to JavaScript: expected"
          + " null, Boolean, Byte, Short, Integer, Long, Float, Double, Character, String, an enum or an"
          + " instance of a @JsExposed class");
    }
  }

  private static double safeLongArgument(long value) {
    if (value > JsValues.MAX_SAFE_INTEGER || value < -JsValues.MAX_SAFE_INTEGER) {
      throw new IllegalArgumentException("the long " + value + " cannot cross as a JavaScript number exactly"
          + " (|n| must be <= 2^53-1)");
    }
    return value;
  }

  private void setWrapper(String name, Object value) {
    ReturnableObject wrapper = wrapperFor(value);
    v8.add(name, wrapper);
    if (!wrapper.weak()) {
      // New: brand it (its id waits in the frame), then let V8 collect it once scripts drop it.
      slots.add("0", wrapper);
      helpers.executeVoidFunction("adoptSlot", null);
      wrapper.makeWeak();
    }
  }

  private Object run(final String script, final boolean wantValue) {
    if (script == null) {
      throw new NullPointerException("script");
    }
    boolean watched = options.timeLimitMillis() > 0 || options.memoryLimitBytes() > 0;
    try {
      return onEngine(new Callable<Object>() {
        @Override
        public Object call() {
          return runOnEngine(script, wantValue);
        }
      }, watched && !engine.isCurrent() ? new Budget() : null);
    } catch (JsMemoryLimitException e) {
      if (!engine.isCurrent()) {
        close(); // gives V8's memory back; the runtime is unusable from here on
      }
      throw e;
    }
  }

  /** Watches a top-level script's time and memory from the owner's thread while the engine runs it. */
  private final class Budget implements Runnable {
    private final long start = System.nanoTime();
    private final long baseline = options.memoryLimitBytes() > 0 ? ResidentMemory.bytes() : -1;

    long pollMillis() {
      long time = options.timeLimitMillis();
      return time > 0 && options.memoryLimitBytes() == 0 ? Math.min(time, 5) : 5;
    }

    @Override
    public void run() {
      long limit = options.timeLimitMillis();
      if (limit > 0 && System.nanoTime() - start > limit * 1_000_000L) {
        terminateRunningScript(Overrun.TIME, 0);
      }
      if (baseline >= 0) {
        long grew = ResidentMemory.bytes() - baseline;
        if (grew > options.memoryLimitBytes()) {
          terminateRunningScript(Overrun.MEMORY, grew);
        }
      }
    }
  }

  private enum Overrun {
    TIME, MEMORY
  }

  private Object runOnEngine(String script, boolean wantValue) {
    synchronized (termination) {
      scriptDepth++;
    }
    V8Array result = null;
    try {
      slots.add("0", script);
      result = helpers.executeArrayFunction("run", null);
      return readResult(result, wantValue);
    } catch (V8RuntimeException e) {
      // The bootstrap catches everything a script throws: this is termination or a V8 failure.
      synchronized (termination) {
        if (terminationRequested) {
          throw overrun == Overrun.MEMORY
              ? new JsMemoryLimitException(options.memoryLimitBytes(), overrunBytes)
              : new JsTimeoutException(options.timeLimitMillis());
        }
      }
      throw fromJ2v8(e);
    } finally {
      release(result);
      endScript();
    }
  }

  private static final Pattern ERROR_TEXT = Pattern.compile("(\\w*Error): (.*)", Pattern.DOTALL);

  /**
   * An error the bootstrap could not catch itself: V8 ran out of stack before (or while) entering
   * its handler. J2V8 rendered it from a value V8 made ("RangeError: Maximum call stack size
   * exceeded"), so its text is safe to read.
   */
  private static JsException fromJ2v8(V8RuntimeException e) {
    String text = e instanceof V8ScriptException ? ((V8ScriptException) e).getJSMessage() : e.getMessage();
    if (text == null || text.isEmpty() || text.equals("null")) {
      text = "the script was terminated";
    }
    Matcher parts = ERROR_TEXT.matcher(text);
    return parts.matches()
        ? new JsException(parts.group(1), parts.group(2), "", null)
        : new JsException("Error", text, "", null);
  }

  /** Called by the owner when a script overruns its budget: only while one runs (see endScript). */
  private void terminateRunningScript(Overrun why, long grewBytes) {
    synchronized (termination) {
      if (scriptDepth > 0 && !terminationRequested) {
        terminationRequested = true;
        overrun = why;
        overrunBytes = grewBytes;
        v8.terminateExecution(); // the one J2V8 call that is safe from another thread
      }
    }
  }

  /**
   * A termination that lands after the script's last JavaScript instruction stays pending in V8
   * and would kill the next, innocent script. So once the outermost script is over, a request
   * made during it is absorbed by an empty script, which that pending termination kills instead.
   */
  private void endScript() {
    boolean absorb;
    synchronized (termination) {
      scriptDepth--;
      absorb = scriptDepth == 0 && terminationRequested;
      if (scriptDepth == 0) {
        terminationRequested = false;
      }
    }
    if (absorb) {
      try {
        v8.executeVoidScript("void 0");
      } catch (V8RuntimeException expected) {
        // the stale termination, spent
      }
    }
  }

  private Object readResult(V8Array result, boolean wantValue) {
    switch (result.getInteger(0)) {
      case 0:
      case 1:
        return null;
      case 2:
        return result.getBoolean(1);
      case 3:
        return result.get(1); // Integer when the number is an int32, else Double
      case 4:
        return result.getString(1);
      case 5:
        return objects.get(result.getInteger(1));
      case 6:
        if (!wantValue) {
          return null;
        }
        throw new JsException("TypeError", "the script's value (" + result.getString(1) + ") has no Java"
            + " equivalent: eval returns undefined, null, booleans, numbers, strings and exposed objects;"
            + " use exec() to run a script for its effects", "", null);
      case 7:
        throw new JsException(result.getString(1), result.getString(2), withoutGlueFrames(result.getString(3)),
            errors.causeOf(result.getInteger(4)));
      default:
        throw new IllegalStateException("unknown bootstrap answer " + result.getInteger(0));
    }
  }

  /** Drops the frames of the bootstrap's runner from a stack: they are the same for every error. */
  private static String withoutGlueFrames(String stack) {
    StringBuilder out = new StringBuilder(stack.length());
    for (String line : stack.split("\n", -1)) {
      if (!line.contains("(jsbind:bootstrap:") && !line.trim().equals("at eval (<anonymous>)")) {
        out.append(out.length() == 0 ? "" : "\n").append(line);
      }
    }
    return out.toString();
  }

  private static void release(V8Value value) {
    if (value != null) {
      value.release();
    }
  }

  private static String readResource(String name) {
    InputStream in = J2v8Runtime.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("jsbind runtime resource missing: " + name);
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      for (int n; (n = in.read(chunk)) > 0; ) {
        out.write(chunk, 0, n);
      }
      return new String(out.toByteArray(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read jsbind runtime resource " + name, e);
    } finally {
      try {
        in.close();
      } catch (IOException ignored) {
        // nothing was lost: the content was read or the read already failed
      }
    }
  }
}
