package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsProperty;

/** Implements the exposed interface Sized directly, and defines its own {@code label}. */
@JsExposed
public class Box implements Sized {
  private final int size;

  public Box(int size) {
    this.size = size;
  }

  @Override
  public int size() {
    return size;
  }

  /** The class's own member wins over the interface's of the same name. */
  @JsProperty
  @Override
  public String getLabel() {
    return "box of " + size;
  }
}
