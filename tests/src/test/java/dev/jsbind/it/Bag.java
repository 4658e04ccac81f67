package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;

/** Implements Sized through a non-exposed superclass (Container) and superinterface (Sized.Counted). */
@JsExposed
public class Bag extends Container {
  public Bag(int count) {
    super(count);
  }
}
