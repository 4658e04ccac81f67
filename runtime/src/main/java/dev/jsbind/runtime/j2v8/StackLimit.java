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
  /**
   * Frames of {@link #probe}: 16 to 32 bytes each when compiled, more when interpreted. Measured
   * with a member that re-enters from its StackOverflowError handler: 30 frames still crashed the
   * JVM, 80 did not; this is three times that.
   */
  private static final int PROBE_FRAMES = 256;

  private StackLimit() {}

  /**
   * Whether enough Java stack is left to call into J2V8 from here. A Java member that used up the
   * engine thread's stack (say, it caught a {@code StackOverflowError} and calls a script from the
   * handler) would otherwise enter J2V8 with no room for J2V8's own calls back into Java, which then
   * fail inside native code and abort the JVM. Java cannot read its stack pointer, so this
   * recurses {@value #PROBE_FRAMES} frames deep and sees whether the JVM refuses: the JVM checks
   * each frame against its own shadow zone too, so success means that much stack plus the zone
   * native code may use. Only re-entries pay for it (a call from the owner's thread starts on
   * an almost empty engine stack): about 0.4 µs, against some 7 µs for a call into a script
   * function from Java.
   */
  static boolean enoughLeftToEnter() {
    try {
      return probe(PROBE_FRAMES) != 0;
    } catch (StackOverflowError tooDeep) {
      return false;
    }
  }

  /** Its result is used after each call returns, so the recursion cannot be turned into a loop. */
  private static int probe(int frames) {
    return frames == 0 ? 1 : probe(frames - 1) + 1;
  }

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
