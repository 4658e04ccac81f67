package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsIgnore;
import dev.jsbind.annotations.JsNullable;

/** Several public constructors: one overloaded JavaScript constructor. */
@JsExposed
public class Built {
  private final String how;

  public Built() {
    this("()");
  }

  public Built(int n) {
    this("(int " + n + ")");
  }

  public Built(@JsNullable Counter from) {
    how = "(Counter " + (from == null ? "null" : String.valueOf(from.getValue())) + ")";
  }

  public Built(boolean fail) {
    if (fail) {
      throw new IllegalArgumentException("asked to fail");
    }
    how = "(boolean false)";
  }

  public Built(int n, String label) {
    this("(int " + n + ", String " + label + ")");
  }

  public Built(String label, int n) {
    this("(String " + label + ", int " + n + ")");
  }

  /** A String alone would be ambiguous with the nullable Counter above: kept out. */
  @JsIgnore
  public Built(String how) {
    this.how = how;
  }

  public String how() {
    return how;
  }
}
