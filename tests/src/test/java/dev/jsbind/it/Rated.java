package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsProperty;

/** An exposed interface with a property: its subclasses' JSON includes it (JsonTest). */
@JsExposed
public interface Rated {
  @JsProperty
  default double getRate() {
    return 0.5;
  }

  String grade();
}
