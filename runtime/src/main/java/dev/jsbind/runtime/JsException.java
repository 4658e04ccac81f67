package dev.jsbind.runtime;

/**
 * A JavaScript error that reached Java: thrown by {@link JsRuntime#eval} when a script throws.
 * It carries the JavaScript error's name ({@code "TypeError"}, …), message and stack. When the
 * error started as a Java exception thrown by an exposed member, that exception is the
 * {@linkplain #getCause() cause}.
 *
 * <p>Values that are not {@code Error}s ({@code throw 1}, {@code throw {}}) arrive with the name
 * {@code "Error"} and a message describing the value. Message and stack are bounded in length and
 * never {@code null}.
 */
public class JsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JavaScript error's {@code name} (part of the serialized form). */
  private final String name;
  /** The JavaScript error's {@code message} (part of the serialized form). */
  private final String jsMessage;
  /** The JavaScript error's {@code stack} (part of the serialized form). */
  private final String jsStack;

  /**
   * An error as a script saw it.
   *
   * @param name the JavaScript error's {@code name}
   * @param jsMessage its {@code message}
   * @param jsStack its {@code stack}, or {@code ""}
   * @param cause the Java exception it started as, or {@code null}
   */
  public JsException(String name, String jsMessage, String jsStack, Throwable cause) {
    super(name + ": " + jsMessage, cause);
    this.name = name;
    this.jsMessage = jsMessage;
    this.jsStack = jsStack;
  }

  /**
   * The JavaScript error's {@code name}.
   *
   * @return {@code "Error"}, {@code "TypeError"}, {@code "RangeError"}, …
   */
  public String getName() {
    return name;
  }

  /**
   * The JavaScript error's {@code message}.
   *
   * @return the message, never {@code null}
   */
  public String getJsMessage() {
    return jsMessage;
  }

  /**
   * The JavaScript error's {@code stack}.
   *
   * @return the stack, empty when the thrown value had none
   */
  public String getJsStack() {
    return jsStack;
  }
}
