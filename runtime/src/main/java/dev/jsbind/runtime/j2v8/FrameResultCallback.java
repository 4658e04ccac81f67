package dev.jsbind.runtime.j2v8;

import com.eclipsesource.v8.JavaVoidCallback;
import com.eclipsesource.v8.V8Array;
import com.eclipsesource.v8.V8Object;

/**
 * The native behind a member whose result comes back in the frame (see {@link FrameResults}): a
 * void callback, so J2V8 converts no result.
 */
final class FrameResultCallback implements JavaVoidCallback {
  private final J2v8Runtime runtime;
  private final Member member;

  FrameResultCallback(J2v8Runtime runtime, Member member) {
    this.runtime = runtime;
    this.member = member;
  }

  @Override
  public void invoke(V8Object receiver, V8Array parameters) {
    runtime.callWithResultInFrame(member); // the arguments come through ArgumentSlots, never `parameters`
  }
}
