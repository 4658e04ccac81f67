package dev.jsbind.it;

import dev.jsbind.annotations.JsValue;
import java.util.List;
import java.util.Map;

/** Values inside values, collections inside values, an exposed object inside a value. */
@JsValue
public final class Order {
  public final String id;
  public final List<Item> items;
  public final Point where;
  public final Map<String, Color> colors;
  public final Counter counter;

  public Order(String id, List<Item> items, Point where, Map<String, Color> colors, Counter counter) {
    this.id = id;
    this.items = items;
    this.where = where;
    this.colors = colors;
    this.counter = counter;
  }
}
