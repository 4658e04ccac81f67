package dev.jsbind.it;

import dev.jsbind.annotations.JsConstructor;
import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsIgnore;
import dev.jsbind.annotations.JsMethod;
import dev.jsbind.annotations.JsProperty;

/** The example, plus the members the rules say must stay hidden. */
@JsExposed
public class Counter {
  private int value;
  public int internalCalls;
  public final String kind = "counter";
  @JsIgnore public String secret = "hidden";

  @JsConstructor
  public Counter(int start) {
    this.value = start;
  }

  public Counter() {
    this(0);
  }

  public int add(int delta) {
    value += delta;
    return value;
  }

  @JsProperty
  public int getValue() {
    return value;
  }

  @JsMethod(name = "addAll")
  public int add(int a, int b) {
    return add(a + b);
  }

  public static Counter zero() {
    return new Counter(0);
  }

  @JsIgnore
  public void internal() {
    internalCalls++;
  }

  void packagePrivate() {
    internalCalls++;
  }

  @SuppressWarnings("unused")
  private void hidden() {
    internalCalls++;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Counter && ((Counter) other).value == value;
  }

  @Override
  public int hashCode() {
    return value;
  }

  @Override
  public String toString() {
    return "Counter(" + value + ")";
  }
}
