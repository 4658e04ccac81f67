package dev.jsbind.benchmarks;

import com.eclipsesource.v8.JavaCallback;
import com.eclipsesource.v8.V8;
import com.eclipsesource.v8.V8Array;
import com.eclipsesource.v8.V8Object;
import dev.jsbind.benchmarks.model.Calc;
import dev.jsbind.runtime.JsRuntime;
import dev.jsbind.runtime.j2v8.J2v8Runtime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Where W1's time goes: the same {@code calc.add(i, 1)} loop against variants that add one layer
 * at a time, from an empty J2V8 callback to jsbind itself. Not part of the headline table; run
 * with {@code benchmarks/run.sh --anatomy} (or JMH directly, with {@code -prof gc}).
 *
 * <ul>
 *   <li>{@code empty}: a JavaCallback that reads nothing and returns a constant: the crossing.
 *   <li>{@code floor}: the floor's callback (arity, two {@code get(i)} type checks, the call).
 *   <li>{@code shim-empty}: a JS method shaped like jsbind's glue (brand WeakMap lookup, arity,
 *       int checks) calling a native {@code m(id, a, b)} that reads nothing.
 *   <li>{@code shim-reads}: the same, the native reading the three ints and calling {@code add}.
 *   <li>{@code jsbind}: the real thing.
 *   <li>{@code void-frame}: what jsbind does since proposal 1 (docs/PERFORMANCE.md), written by
 *       hand: arguments and the result both through a Float64Array over memory Java reads
 *       directly, the native a {@code JavaVoidCallback} (J2V8 converts no result).
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class Anatomy {
  private static final String LOOP = "(function (n) { var s = 0; for (var i = 0; i < n; i++) s = (s + calc.add(i, 1)) | 0;"
      + " return s; })";
  private static final String SHIM = "(function (m) {"
      + " var brands = new WeakMap();"
      + " class Calc {"
      + "   add(a0, a1) {"
      + "     var id = brands.get(this); if (id === undefined) throw new TypeError('Illegal invocation');"
      + "     if (arguments.length !== 2) throw new TypeError('arity');"
      + "     if (typeof a0 !== 'number' || (a0 | 0) !== a0) throw new TypeError('a');"
      + "     if (typeof a1 !== 'number' || (a1 | 0) !== a1) throw new TypeError('b');"
      + "     var r = m(id, a0, a1); if (r === null) throw new Error('failed'); return r;"
      + "   }"
      + " }"
      + " var c = Object.create(Calc.prototype); brands.set(c, 1); return c; })";

  @Param({"empty", "floor", "shim-empty", "shim-reads", "jsbind", "void-frame"})
  public String variant;

  private static final String FRAME_SHIM = "(function (m, f) {"
      + " var brands = new WeakMap();"
      + " class Calc {"
      + "   add(a0, a1) {"
      + "     var id = brands.get(this); if (id === undefined) throw new TypeError('Illegal invocation');"
      + "     if (arguments.length !== 2) throw new TypeError('arity');"
      + "     if (typeof a0 !== 'number' || (a0 | 0) !== a0) throw new TypeError('a');"
      + "     if (typeof a1 !== 'number' || (a1 | 0) !== a1) throw new TypeError('b');"
      + "     f[1] = id; f[2] = a0; f[3] = a1; m(); if (f[4] !== 0) throw new Error('failed'); return f[0];"
      + "   }"
      + " }"
      + " var c = Object.create(Calc.prototype); brands.set(c, 1); return c; })";

  private V8 v8;
  private final java.nio.ByteBuffer frame = java.nio.ByteBuffer.allocateDirect(8 * 8).order(java.nio.ByteOrder.nativeOrder());
  private V8Object loop;
  private JsRuntime js;

  @Setup(Level.Trial)
  public void open() {
    if (variant.equals("jsbind")) {
      js = JsRuntime.create();
      js.set("calc", new Calc());
      js.exec("var loop = " + LOOP);
      return;
    }
    v8 = V8.createV8Runtime();
    Calc calc = new Calc();
    V8Object natives = new V8Object(v8);
    switch (variant) {
      case "empty":
      case "shim-empty":
        natives.registerJavaMethod((JavaCallback) (receiver, args) -> 1, "m");
        break;
      case "shim-reads":
        natives.registerJavaMethod((JavaCallback) (receiver, args) -> {
          args.getInteger(0); // the receiver's id, looked up by jsbind
          return calc.add(args.getInteger(1), args.getInteger(2));
        }, "m");
        break;
      default:
        natives.registerJavaMethod((JavaCallback) (receiver, args) -> {
          if (args.length() != 2) {
            throw new IllegalArgumentException("arity");
          }
          Object a = args.get(0);
          Object b = args.get(1);
          if (!(a instanceof Integer) || !(b instanceof Integer)) {
            throw new IllegalArgumentException("type");
          }
          return calc.add((Integer) a, (Integer) b);
        }, "m");
        break;
    }
    if (variant.equals("void-frame")) {
      natives.registerJavaMethod((com.eclipsesource.v8.JavaVoidCallback) (receiver, args) -> {
        frame.getDouble(8); // the receiver's id
        frame.putDouble(0, calc.add((int) frame.getDouble(16), (int) frame.getDouble(24)));
      }, "m");
      com.eclipsesource.v8.V8ArrayBuffer buffer = new com.eclipsesource.v8.V8ArrayBuffer(v8, frame);
      com.eclipsesource.v8.V8TypedArray view = new com.eclipsesource.v8.V8TypedArray(v8, buffer,
          com.eclipsesource.v8.V8Value.FLOAT_64_ARRAY, 0, 8);
      V8Object shim = (V8Object) v8.executeScript(FRAME_SHIM);
      V8Object m = natives.getObject("m");
      V8Array args = new V8Array(v8).push(m).push(view);
      V8Object calcObject = (V8Object) ((com.eclipsesource.v8.V8Function) shim).call(null, args);
      v8.add("calc", calcObject);
      calcObject.release();
      m.release();
      args.release();
      shim.release();
      view.release();
      buffer.release();
    } else if (variant.startsWith("shim")) {
      V8Object shim = (V8Object) v8.executeScript(SHIM);
      V8Object m = natives.getObject("m");
      V8Array args = new V8Array(v8).push(m);
      Object calcObject = ((com.eclipsesource.v8.V8Function) shim).call(null, args);
      v8.add("calc", (V8Object) calcObject);
      ((V8Object) calcObject).release();
      m.release();
      args.release();
      shim.release();
    } else {
      V8Object calcObject = new V8Object(v8);
      V8Object m = natives.getObject("m");
      calcObject.add("add", m);
      m.release();
      v8.add("calc", calcObject);
      calcObject.release();
    }
    natives.release();
    loop = (V8Object) v8.executeScript(LOOP);
  }

  @Benchmark
  @OperationsPerInvocation(Workloads.CALLS)
  public int w1() {
    if (js != null) {
      return ((Number) js.eval("loop(" + Workloads.CALLS + ")")).intValue();
    }
    V8Array args = new V8Array(v8).push(Workloads.CALLS);
    try {
      return (Integer) ((com.eclipsesource.v8.V8Function) loop).call(null, args);
    } finally {
      args.release();
    }
  }

  @TearDown(Level.Trial)
  public void close() {
    if (js != null) {
      long open = ((J2v8Runtime) js).openHandleCount();
      js.close();
      if (open != 0) {
        throw new IllegalStateException("jsbind: " + open + " handle(s) leaked");
      }
      return;
    }
    loop.release();
    long open = v8.getObjectReferenceCount();
    v8.release(false);
    if (open != 0) {
      throw new IllegalStateException(variant + ": " + open + " handle(s) leaked");
    }
  }
}
