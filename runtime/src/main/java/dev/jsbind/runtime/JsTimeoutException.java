package dev.jsbind.runtime;

/** A script ran past the runtime's {@linkplain JsOptions#timeLimitMillis time limit} and was terminated. */
public final class JsTimeoutException extends JsException {
  private static final long serialVersionUID = 1L;

  /**
   * The limit a script ran past.
   *
   * @param limitMillis the runtime's time limit
   */
  public JsTimeoutException(long limitMillis) {
    super("TimeoutError", "the script ran longer than its time limit of " + limitMillis + " ms and was terminated",
        "", null);
  }
}
