package dev.jsbind.runtime;

/**
 * Settings of a {@link JsRuntime}, fixed when it is created. Immutable; each setter returns a copy.
 *
 * <pre>{@code
 * JsRuntime js = JsRuntime.create(JsOptions.defaults().timeLimitMillis(500));
 * }</pre>
 */
public final class JsOptions {
  /** What a script sees of a Java exception thrown by an exposed member. */
  public enum JavaErrors {
    /** Only "Java exception in Counter.add": nothing of the exception reaches the script. */
    HIDDEN,
    /** The exception's message (the default): what the Java code chose to say. */
    MESSAGE,
    /** The exception's class name and message, for debugging trusted scripts. */
    CLASS_AND_MESSAGE
  }

  private static final long MIB = 1024L * 1024L;

  private final long timeLimitMillis;
  private final long memoryLimitBytes;
  private final long stackBytes;
  private final JavaErrors javaErrors;

  private JsOptions(long timeLimitMillis, long memoryLimitBytes, long stackBytes, JavaErrors javaErrors) {
    this.timeLimitMillis = timeLimitMillis;
    this.memoryLimitBytes = memoryLimitBytes;
    this.stackBytes = stackBytes;
    this.javaErrors = javaErrors;
  }

  /**
   * No time or memory limit, a 32 MiB engine stack, Java exception messages visible to scripts.
   *
   * @return the default options
   */
  public static JsOptions defaults() {
    return new JsOptions(0, 0, 32 * MIB, JavaErrors.MESSAGE);
  }

  /**
   * Terminates a top-level {@code eval}/{@code exec} that runs longer than this (0: no limit); it
   * then throws {@link JsTimeoutException}. Time spent in Java members called by the script counts,
   * but Java code is not interrupted: termination lands when it returns to JavaScript.
   *
   * @param millis the limit in milliseconds, or 0
   * @return a copy with this limit
   */
  public JsOptions timeLimitMillis(long millis) {
    if (millis < 0) {
      throw new IllegalArgumentException("time limit must be >= 0: " + millis);
    }
    return new JsOptions(millis, memoryLimitBytes, stackBytes, javaErrors);
  }

  /**
   * Terminates a top-level {@code eval}/{@code exec} once the process's resident memory has grown
   * by more than this since the script started (0: no limit), then closes the runtime, which
   * gives V8's memory back, and throws {@link JsMemoryLimitException}. Memory is sampled every few
   * milliseconds from {@code /proc/self/statm} (Linux and Android), so it is a budget, not an exact
   * cap: one huge allocation can still exhaust V8's heap, which aborts the process (a V8 limit).
   *
   * @param bytes the limit in bytes, or 0
   * @return a copy with this limit
   */
  public JsOptions memoryLimitBytes(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("memory limit must be >= 0: " + bytes);
    }
    return new JsOptions(timeLimitMillis, bytes, stackBytes, javaErrors);
  }

  /**
   * The stack of the thread V8 runs on (at least 1 MiB). V8 may use half of it; the other half is
   * headroom for Java frames of nested JavaScript → Java → JavaScript calls, so that deep
   * recursion ends in a JavaScript {@code RangeError} rather than a crash.
   *
   * @param bytes the stack size in bytes
   * @return a copy with this stack size
   */
  public JsOptions stackBytes(long bytes) {
    if (bytes < MIB) {
      throw new IllegalArgumentException("the engine stack must be at least 1 MiB: " + bytes);
    }
    return new JsOptions(timeLimitMillis, memoryLimitBytes, bytes, javaErrors);
  }

  /**
   * What scripts see of a Java exception thrown by an exposed member.
   *
   * @param javaErrors {@link JavaErrors#MESSAGE} by default
   * @return a copy with this setting
   */
  public JsOptions javaErrors(JavaErrors javaErrors) {
    if (javaErrors == null) {
      throw new NullPointerException("javaErrors");
    }
    return new JsOptions(timeLimitMillis, memoryLimitBytes, stackBytes, javaErrors);
  }

  /**
   * The time limit of a top-level script.
   *
   * @return milliseconds, 0 for none
   */
  public long timeLimitMillis() {
    return timeLimitMillis;
  }

  /**
   * The memory budget of a top-level script.
   *
   * @return bytes, 0 for none
   */
  public long memoryLimitBytes() {
    return memoryLimitBytes;
  }

  /**
   * The engine thread's stack size.
   *
   * @return bytes
   */
  public long stackBytes() {
    return stackBytes;
  }

  /**
   * What scripts see of a Java exception.
   *
   * @return the setting
   */
  public JavaErrors javaErrors() {
    return javaErrors;
  }
}
