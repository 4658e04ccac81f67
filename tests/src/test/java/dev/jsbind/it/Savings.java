package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsProperty;

/** A subclass with a final field and a getter of its own and an interface's property (JsonTest). */
@JsExposed
public class Savings extends Account implements Rated {
  public final boolean locked;

  public Savings(String owner, int number) {
    super(owner, number, 10);
    this.locked = true;
  }

  @JsProperty
  public String getAlpha() {
    return "first";
  }

  @Override
  public String grade() {
    methodCalls++;
    return "A";
  }
}
