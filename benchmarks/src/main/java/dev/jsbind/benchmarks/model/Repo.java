package dev.jsbind.benchmarks.model;

import dev.jsbind.annotations.JsExposed;

/** W4: {@code repo.item(i & 1023).id}: an existing Java object returned (identity kept), then a property read. */
@JsExposed
public final class Repo {
  public static final int SIZE = 1024;
  private final Item[] items = new Item[SIZE];

  public Repo() {
    for (int i = 0; i < SIZE; i++) {
      items[i] = new Item(i);
    }
  }

  public Item item(int index) {
    return items[index];
  }
}
