package dev.jsbind.runtime.j2v8;

import com.eclipsesource.v8.JavaCallback;
import com.eclipsesource.v8.V8Array;
import com.eclipsesource.v8.V8Object;

/**
 * The native behind one member of one class template in one runtime whose result J2V8 hands to
 * the glue: wrappers, strings, enums, copies (members with a number, boolean, char or no result
 * have a {@link FrameResultCallback}).
 */
final class MemberCallback implements JavaCallback {
  private final J2v8Runtime runtime;
  private final Member member;

  MemberCallback(J2v8Runtime runtime, Member member) {
    this.runtime = runtime;
    this.member = member;
  }

  @Override
  public Object invoke(V8Object receiver, V8Array parameters) {
    return runtime.call(member); // the arguments come through ArgumentSlots, never `parameters`
  }
}
