package dev.jsbind.runtime.j2v8;

import com.eclipsesource.v8.V8;
import com.eclipsesource.v8.V8Object;

/**
 * A handle to a JavaScript object that jsbind keeps and can also return from a callback.
 *
 * <p>J2V8 releases any {@code V8Object} a callback returns. Returning a {@link #twin()} instead
 * would cost two JNI calls and, worse, for a weak handle it is unsafe: {@code twin()} allocates a
 * V8 object first, that allocation can run the GC, the GC can collect the wrapper and release the
 * weak handle, and J2V8 would then read the freed handle. So the kept handle is returned itself,
 * {@linkplain #lend() lent}: J2V8's one release call after the callback is absorbed.
 */
final class ReturnableObject extends V8Object {
  private boolean lent;
  private boolean weak;

  /** Creates a new, empty JavaScript object ({@code {}}) and a strong handle to it. */
  ReturnableObject(V8 v8) {
    super(v8);
  }

  /** Marks the handle as about to be returned from a callback; call as the callback's last step. */
  ReturnableObject lend() {
    lent = true;
    return this;
  }

  /**
   * Lets V8 collect the object once no script references it (J2V8 then releases this handle).
   * Tracked here because asking J2V8 ({@code isWeak()}) is a JNI call.
   */
  void makeWeak() {
    if (!weak) {
      weak = true;
      setWeak();
    }
  }

  boolean weak() {
    return weak;
  }

  @Override
  public void release() {
    if (lent) {
      lent = false;
      return;
    }
    super.release();
  }
}
