package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsProperty;

/** A getter that throws (JsonTest). */
@JsExposed
public class Faulty {
  @JsProperty
  public int getFine() {
    return 1;
  }

  @JsProperty
  public int getBroken() {
    throw new IllegalStateException("broken on purpose");
  }
}
