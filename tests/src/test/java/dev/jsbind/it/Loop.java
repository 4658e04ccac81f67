package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsProperty;

/** A wrapper whose property is itself: JSON.stringify reports the cycle (JsonTest). */
@JsExposed
public class Loop {
  @JsProperty
  public Loop getSelf() {
    return this;
  }

  @JsProperty
  public String getName() {
    return "loop";
  }
}
