package dev.jsbind.runtime.binding;

/**
 * A JavaScript function handed to Java where a functional interface was declared. Generated code
 * wraps it in an implementation of that interface whose method calls {@link #call}.
 *
 * <p>Calls run on the runtime's engine thread: from there (a Java member called by a script)
 * directly, from the runtime's owner thread by handing the call over and waiting, as
 * {@code JsRuntime.eval} does. From any other thread, or once the runtime is closed, {@link #call}
 * throws {@link IllegalStateException}. The JavaScript function stays alive while this handle is
 * reachable from Java, and is let go when it is not (or when the runtime closes).
 */
public interface JsFunction {
  /**
   * Calls the function with {@code arguments} (boxed, one per declared parameter, converted as
   * results are) and returns its result, checked in JavaScript against the declared return type
   * and converted to it (boxed; {@code null} for {@code void}).
   *
   * @throws dev.jsbind.runtime.JsException if the function throws or returns a value of the wrong type
   * @throws IllegalStateException from a thread other than the runtime's, or after it closed
   */
  Object call(Object... arguments);
}
