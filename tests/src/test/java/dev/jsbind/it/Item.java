package dev.jsbind.it;

import dev.jsbind.annotations.JsValue;
import java.util.Optional;

/** A value built with a no-argument constructor and its public fields assigned. */
@JsValue
public class Item {
  public String name;
  public int count;
  public Optional<String> note = Optional.empty();

  public Item() {}

  static Item of(String name, int count, String note) {
    Item item = new Item();
    item.name = name;
    item.count = count;
    item.note = Optional.ofNullable(note);
    return item;
  }

  @Override
  public String toString() {
    return name + "x" + count + note.map(n -> "(" + n + ")").orElse("");
  }
}
