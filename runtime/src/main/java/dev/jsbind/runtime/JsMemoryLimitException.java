package dev.jsbind.runtime;

/**
 * A script made the process grow past the runtime's {@linkplain JsOptions#memoryLimitBytes memory
 * limit}: it was terminated and the runtime closed.
 */
public final class JsMemoryLimitException extends JsException {
  private static final long serialVersionUID = 1L;

  /**
   * The limit a script went over.
   *
   * @param limitBytes the runtime's memory limit
   * @param grewBytes how much the process had grown when the script was terminated
   */
  public JsMemoryLimitException(long limitBytes, long grewBytes) {
    super("RangeError", "the script grew memory by " + grewBytes / (1024 * 1024) + " MiB, over its limit of "
        + limitBytes / (1024 * 1024) + " MiB; it was terminated and the runtime closed", "", null);
  }
}
