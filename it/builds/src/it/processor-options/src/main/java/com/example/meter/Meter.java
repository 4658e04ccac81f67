package com.example.meter;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsProperty;

/** A meter scripts read and reset. */
@JsExposed
public class Meter {
  private int value;

  public Meter() {}

  /** The current reading. */
  public int read() {
    return value;
  }

  /** Counts one more. */
  public void tick() {
    value++;
  }

  @JsProperty
  public String getUnit() {
    return "kWh";
  }
}
