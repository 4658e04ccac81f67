package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsIgnore;

/** An overloaded method that an exposed subclass overrides in part and adds to (Loud). */
@JsExposed
public class Greeter {
  public Greeter() {}

  public String greet() {
    return "hello";
  }

  public String greet(String name) {
    return "hello " + name;
  }

  public String greet(int times) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < times; i++) {
      out.append("hello ");
    }
    return out.toString().trim();
  }

  public String wave(String name) {
    return "waves at " + name;
  }

  /** Overrides greet(String), adds greet(boolean), and hides wave(String) with @JsIgnore. */
  @JsExposed
  public static class Loud extends Greeter {
    public Loud() {}

    @Override
    public String greet(String name) {
      return "HELLO " + name.toUpperCase();
    }

    public String greet(boolean twice) {
      return twice ? "HELLO HELLO" : "HELLO";
    }

    @JsIgnore
    @Override
    public String wave(String name) {
      return "no waving";
    }

    public String wave(int hands) {
      return "waves " + hands + " hands";
    }
  }
}
