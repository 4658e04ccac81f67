package dev.jsbind.runtime.j2v8;

/** Limits of JavaScript numbers. */
final class JsValues {
  /** 2^53 − 1: the largest integer a JavaScript number holds exactly, and its neighbours too. */
  static final long MAX_SAFE_INTEGER = 9007199254740991L;

  private JsValues() {}
}
