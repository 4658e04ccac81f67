package dev.jsbind.benchmarks.model;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsProperty;

/** W4: a Java object handed out by {@link Repo#item}; {@code id} is a read-only property. */
@JsExposed
public final class Item {
  private final int id;

  Item(int id) {
    this.id = id;
  }

  @JsProperty
  public int getId() {
    return id;
  }
}
