package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsMethod;
import dev.jsbind.annotations.JsNullable;

/** Java overloads under one JavaScript name, told apart by argument count and then by kind of value. */
@JsExposed
public class Overloads {
  public String f() {
    return "f()";
  }

  public String f(int x) {
    return "f(int " + x + ")";
  }

  public String f(String s) {
    return "f(String " + s + ")";
  }

  public String f(boolean b) {
    return "f(boolean " + b + ")";
  }

  public String f(Counter c) {
    return "f(Counter " + c.getValue() + ")";
  }

  public String f(int x, String s) {
    return "f(int " + x + ", String " + s + ")";
  }

  public String f(String s, int x) {
    return "f(String " + s + ", int " + x + ")";
  }

  /** Renamed overloads join the set of their new name. */
  @JsMethod(name = "f")
  public String other(double a, double b, double c) {
    return "other(" + a + ", " + b + ", " + c + ")";
  }

  public static String of(Color color) {
    return "of(Color " + color + ")";
  }

  public static String of(@JsNullable Counter counter, long n) {
    return "of(Counter " + (counter == null ? "null" : counter.getValue()) + ", long " + n + ")";
  }

  public static String of(long n) {
    return "of(long " + n + ")";
  }

  public void touch(int times) {
    Counter.zero().add(times);
  }

  public void touch(String what) {
    if (what == null) {
      throw new IllegalArgumentException("nothing to touch");
    }
  }
}
