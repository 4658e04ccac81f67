package dev.jsbind.runtime.j2v8;

import dev.jsbind.runtime.JsException;
import dev.jsbind.runtime.JsOptions;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Carries Java exceptions into JavaScript as real errors, and back.
 *
 * <p>J2V8 turns an exception thrown by a callback into a bare JavaScript string and keeps the
 * throwable in a native slot, where a swallowed one can resurface as the cause of an unrelated
 * error. So callbacks never throw: they record the exception here and return the bootstrap's
 * token (void callbacks, whose results go in the frame, set the failed status of
 * {@link FrameResults} instead), and the glue calls {@code takeError} to build a
 * {@code TypeError}/{@code RangeError}/{@code Error}. The JavaScript error is tied to its Java exception by a numeric id held in a
 * private WeakMap; the id leads back to the exception only while it is among the most recent
 * {@value #MAX_CAUSES}, so a swallowed exception costs bounded memory and never reappears
 * elsewhere.
 */
final class ErrorBridge {
  static final int ERROR = 0;
  static final int TYPE_ERROR = 1;
  static final int RANGE_ERROR = 2;

  private static final int MAX_CAUSES = 64;
  private static final int MAX_MESSAGE = 2000;

  private final Map<Integer, Throwable> causes = new LinkedHashMap<Integer, Throwable>(16, 0.75f, false) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Integer, Throwable> eldest) {
      return size() > MAX_CAUSES;
    }
  };
  private int nextCause = 1;
  private final JsOptions.JavaErrors detail;

  ErrorBridge(JsOptions.JavaErrors detail) {
    this.detail = detail;
  }

  private boolean pending;
  private int pendingKind;
  private String pendingMessage;
  private int pendingCause;

  /**
   * Records {@code failure}, thrown while running {@code where}, as the pending JavaScript error.
   * Never throws, whatever the exception's own methods do (throw, return null or huge text, call
   * back into the runtime): those run first, and the pending error is set only afterwards, in one
   * step, so a nested call that records and takes its own error cannot leave this one half set.
   */
  void record(Throwable failure, String where) {
    int kind;
    String message;
    boolean keepCause;
    try {
      if (failure instanceof BoundaryError) {
        kind = ((BoundaryError) failure).kind() == BoundaryError.Kind.RANGE_ERROR ? RANGE_ERROR : TYPE_ERROR;
        message = clip(String.valueOf(((BoundaryError) failure).getMessage()));
        keepCause = false;
      } else {
        kind = kindOf(failure);
        message = clip(messageOf(failure, where));
        keepCause = true;
      }
    } catch (Throwable unreadable) {
      // Even a StackOverflowError here: only fixed text from now on.
      kind = ERROR;
      message = "Java exception in " + where;
      keepCause = true;
    }
    int cause = 0;
    if (keepCause) {
      cause = nextCause++;
      if (nextCause == Integer.MAX_VALUE) {
        nextCause = 1;
      }
      causes.put(cause, failure);
    }
    pending = true;
    pendingKind = kind;
    pendingMessage = message;
    pendingCause = cause;
  }

  /**
   * Hands the pending error to the glue's {@code fail()}, and clears it: the message is the
   * result, kind and cause id go in the frame (see {@link ArgumentSlots}).
   */
  String take(ByteBuffer frame) {
    if (!pending) {
      // Only reachable if a script got hold of the token, which the glue never lets happen.
      frame.putDouble(8 * ArgumentSlots.ERROR_KIND, ERROR);
      frame.putDouble(8 * ArgumentSlots.ERROR_CAUSE, 0);
      return "jsbind: no pending error";
    }
    frame.putDouble(8 * ArgumentSlots.ERROR_KIND, pendingKind);
    frame.putDouble(8 * ArgumentSlots.ERROR_CAUSE, pendingCause);
    String message = pendingMessage;
    pending = false;
    pendingMessage = null;
    return message;
  }

  /** The Java exception behind a JavaScript error, or {@code null}. */
  Throwable causeOf(int causeId) {
    return causeId == 0 ? null : causes.get(causeId);
  }

  private static int kindOf(Throwable failure) {
    if (failure instanceof JsException) {
      String name = ((JsException) failure).getName();
      return "TypeError".equals(name) ? TYPE_ERROR : "RangeError".equals(name) ? RANGE_ERROR : ERROR;
    }
    if (failure instanceof IllegalArgumentException || failure instanceof NullPointerException
        || failure instanceof ClassCastException) {
      return TYPE_ERROR;
    }
    if (failure instanceof IndexOutOfBoundsException) {
      return RANGE_ERROR;
    }
    return ERROR;
  }

  /**
   * What the script reads. The exception's own message only in MESSAGE and CLASS_AND_MESSAGE
   * modes, and in MESSAGE mode never for the exceptions whose JVM-made text names Java code (see
   * {@link #neutralMessage}).
   */
  private String messageOf(Throwable failure, String where) {
    if (failure instanceof JsException) {
      String jsMessage = ((JsException) failure).getJsMessage(); // already a JavaScript error's message
      return jsMessage != null ? jsMessage : "Java exception in " + where;
    }
    switch (detail) {
      case HIDDEN:
        return "Java exception in " + where;
      case CLASS_AND_MESSAGE:
        String message = failure.getMessage();
        return failure.getClass().getName() + (message != null ? ": " + message : " in " + where);
      default:
        String neutral = neutralMessage(failure, where);
        if (neutral != null) {
          return neutral;
        }
        message = failure.getMessage();
        return message != null ? message : "Java exception in " + where;
    }
  }

  /**
   * The fixed message of an exception whose text the JVM may have made from Java names, whatever
   * the exception says; {@code null} for any other. The JVM's own text for a null dereference, a
   * failed cast or a wrong array store names Java classes, methods and variables ("Cannot invoke
   * \"String.length()\" because \"<local1>\" is null", "class A cannot be cast to class B",
   * "java.lang.Integer"), and so does a {@link LinkageError}'s ("com/example/Missing"). Whether
   * such an exception came from the JVM or from user code cannot be told from the outside, so
   * these classes always get a fixed message: exactly those three classes (user code wanting its
   * text shown throws another class, or a subclass of them), and every LinkageError. The JVM's
   * other implicit exceptions keep their message, which holds only numbers ("/ by zero",
   * "Index 5 out of bounds for length 2", "-1").
   */
  static String neutralMessage(Throwable failure, String where) {
    Class<?> type = failure.getClass();
    if (type == NullPointerException.class) {
      return "null value in " + where;
    }
    if (type == ClassCastException.class) {
      return "wrong type of value in " + where;
    }
    if (type == ArrayStoreException.class) {
      return "wrong type of array element in " + where;
    }
    if (failure instanceof LinkageError) {
      return "Java code failed to link in " + where;
    }
    return null;
  }

  private static String clip(String message) {
    // A message of any length is fine: only its first characters are copied.
    return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "\u2026";
  }
}
