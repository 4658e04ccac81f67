package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;

/**
 * Named like a helper the glue could have declared: overloaded constructors and carried final
 * fields must not declare names beside the class's own.
 */
@JsExposed
public class Record {
  public final int id;

  public Record() {
    this(0);
  }

  public Record(int id) {
    this.id = id;
  }
}
