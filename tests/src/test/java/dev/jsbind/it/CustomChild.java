package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsProperty;

/** A subclass of a class with its own toJSON keeps the inherited one (JsonTest). */
@JsExposed
public class CustomChild extends Custom {
  @JsProperty
  public int getMore() {
    return 1;
  }
}
