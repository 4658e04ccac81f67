package dev.jsbind.benchmarks;

import com.eclipsesource.v8.JavaCallback;
import com.eclipsesource.v8.V8;
import com.eclipsesource.v8.V8Array;
import com.eclipsesource.v8.V8Function;

/**
 * What W5's pieces cost in J2V8's V8 5.4, each as a JS loop of 20,000 (best of 15 runs, ns per
 * iteration): throwing a string, constructing a {@code TypeError}, adding
 * {@code Error.captureStackTrace}, one and two crossings, a private {@code WeakMap} entry per error
 * (jsbind's causes map), and a Java exception thrown through J2V8
 * (the floor's path). A probe printed by hand, not part of the report:
 * {@code java -cp "$CP" dev.jsbind.benchmarks.ErrorProbe}.
 */
public final class ErrorProbe {
  private ErrorProbe() {}

  public static void main(String[] args) {
    V8 v8 = V8.createV8Runtime();
    v8.registerJavaMethod((JavaCallback) (r, p) -> "boom", "take");
    v8.registerJavaMethod((JavaCallback) (r, p) -> {
      throw new IllegalArgumentException("no");
    }, "javaThrows");
    v8.registerJavaMethod((JavaCallback) (r, p) -> 1, "empty");
    String[] cases = {
        "try { throw 'x'; } catch (e) { s++; }",
        "try { throw new TypeError('no ' + i); } catch (e) { s++; }",
        "try { var er = new TypeError('no ' + i); Error.captureStackTrace(er, f); throw er; } catch (e) { s++; }",
        "try { empty(); throw 'x'; } catch (e) { s++; }",
        "try { empty(); var er = new TypeError(take()); throw er; } catch (e) { s++; }",
        "try { empty(); var er = new TypeError(take()); Error.captureStackTrace(er, f); throw er; } catch (e) { s++; }",
        "try { empty(); var er = new TypeError(take()); Error.captureStackTrace(er, f); w.set(er, i); throw er; } catch (e) { s++; }",
        "try { javaThrows(); } catch (e) { s++; }",
    };
    for (String c : cases) {
      String fn = "(function () { function f() {} var w = new WeakMap(); return function (n) { var s = 0;"
          + " for (var i = 0; i < n; i++) { " + c + " } return s; }; })()";
      V8Function loop = (V8Function) v8.executeScript(fn);
      long best = Long.MAX_VALUE;
      for (int rep = 0; rep < 15; rep++) {
        V8Array a = new V8Array(v8).push(20000);
        long t = System.nanoTime();
        loop.call(null, a);
        best = Math.min(best, (System.nanoTime() - t) / 20000);
        a.release();
      }
      System.out.println(best + " ns  " + c);
      loop.release();
    }
    v8.release(false);
  }
}
