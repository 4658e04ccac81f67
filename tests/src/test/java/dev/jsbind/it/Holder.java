package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsNullable;
import dev.jsbind.annotations.JsProperty;

/** Exposed-object parameters and properties with and without {@code @JsNullable}. */
@JsExposed
public class Holder {
  public Counter strict = new Counter(1);
  @JsNullable public Counter loose = new Counter(2);
  @JsNullable public static Counter shared;
  private Counter held;
  private Counter other;

  public Holder(@JsNullable Counter held) {
    this.held = held;
  }

  @JsProperty
  @JsNullable
  public Counter getHeld() {
    return held;
  }

  @JsProperty
  public void setHeld(Counter held) {
    this.held = held;
  }

  @JsProperty
  public Counter getOther() {
    return other;
  }

  @JsProperty
  public void setOther(@JsNullable Counter other) {
    this.other = other;
  }

  public static String describe(@JsNullable Counter counter, String label) {
    return label + ": " + (counter == null ? "none" : counter.toString());
  }

  public static String describeStrictly(Counter counter) {
    return counter.toString();
  }

  @JsNullable
  public static Counter none() {
    return null;
  }
}
