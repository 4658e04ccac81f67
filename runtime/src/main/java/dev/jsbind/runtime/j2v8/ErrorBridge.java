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

  /** Records {@code failure}, thrown while running {@code where}, as the pending JavaScript error. */
  void record(Throwable failure, String where) {
    pending = true;
    if (failure instanceof BoundaryError) {
      BoundaryError boundary = (BoundaryError) failure;
      pendingKind = boundary.kind() == BoundaryError.Kind.RANGE_ERROR ? RANGE_ERROR : TYPE_ERROR;
      pendingMessage = clip(boundary.getMessage());
      pendingCause = 0;
      return;
    }
    pendingKind = kindOf(failure);
    pendingMessage = clip(messageOf(failure, where));
    pendingCause = nextCause++;
    if (nextCause == Integer.MAX_VALUE) {
      nextCause = 1;
    }
    causes.put(pendingCause, failure);
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

  private String messageOf(Throwable failure, String where) {
    if (failure instanceof JsException) {
      return ((JsException) failure).getJsMessage(); // already a JavaScript error's message
    }
    String message = failure.getMessage();
    switch (detail) {
      case HIDDEN:
        return "Java exception in " + where;
      case CLASS_AND_MESSAGE:
        return failure.getClass().getName() + (message != null ? ": " + message : " in " + where);
      default:
        return message != null ? message : "Java exception in " + where;
    }
  }

  private static String clip(String message) {
    return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "\u2026";
  }
}
