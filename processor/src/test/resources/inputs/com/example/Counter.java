package com.example;

import dev.jsbind.annotations.*;

@JsExposed
public class Counter {
  public String label;
  public final long id = 1;

  @JsConstructor
  public Counter(int start) {}

  public Counter() {}

  public int add(int delta) {
    return 0;
  }

  public void reset() {}

  @JsProperty
  public int getValue() {
    return 0;
  }

  @JsProperty
  public boolean isEmpty() {
    return true;
  }

  @JsProperty
  public String getName() {
    return "";
  }

  @JsProperty
  public void setName(String n) {}

  public static Counter zero() {
    return null;
  }

  @JsMethod(name = "plus")
  public Counter add(Counter other) {
    return this;
  }

  @JsIgnore
  public void internal() {}
}
