package dev.jsbind.runtime.j2v8;

import com.eclipsesource.v8.V8;

/**
 * Creates isolates whose stack limit fits their engine thread.
 *
 * <p>V8 checks its stack limit only in JavaScript frames, and J2V8 creates every isolate with
 * V8's default (984 KiB) whatever the thread's real stack. JavaScript → Java → JavaScript
 * recursion then overflows a 1 MiB Java thread in Java or native frames first and kills the JVM.
 * jsbind runs each isolate on a thread whose stack it sizes, and gives V8 half of it: the other
 * half absorbs the Java and native frames between two V8 checks, so the recursion always ends in
 * a JavaScript {@code RangeError}. V8 reads the flag when an isolate is created; the default is
 * restored afterwards, so raw J2V8 isolates created elsewhere in the process keep theirs.
 */
final class StackLimit {
  private static final int V8_DEFAULT_KIB = 984;
  private static final Object LOCK = new Object();

  private StackLimit() {}

  static V8 createRuntime(long threadStackBytes) {
    long kib = threadStackBytes / 2 / 1024;
    synchronized (LOCK) {
      V8.setFlags("--stack-size=" + kib);
      try {
        return NativeLibrary.createRuntime();
      } finally {
        V8.setFlags("--stack-size=" + V8_DEFAULT_KIB);
      }
    }
  }
}
