package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsOptional;
import dev.jsbind.annotations.JsProperty;

/** A class with its own toJSON keeps it (JsonTest); JSON.stringify passes it the key. */
@JsExposed
public class Custom {
  @JsProperty
  public int getHidden() {
    return 42;
  }

  public String toJSON(@JsOptional String key) {
    return "custom";
  }
}
