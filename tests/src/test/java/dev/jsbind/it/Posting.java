package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;

/** Lets a script run Java code a test chose, in the middle of the script. Reset per test. */
@JsExposed
public final class Posting {
  static Runnable hook;

  private Posting() {}

  public static void during() {
    hook.run();
  }
}
