package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsOptional;
import java.util.Arrays;

/** Optional and varargs parameters. */
@JsExposed
public class Flexible {
  public Flexible(String name, @JsOptional Integer size) {
    this.name = name + "/" + size;
  }

  private final String name;

  public String name() {
    return name;
  }

  public static String greet(String greeting, @JsOptional String name, @JsOptional Color color) {
    return greeting + ", " + name + " (" + color + ")";
  }

  public static String pick(@JsOptional Counter counter) {
    return counter == null ? "none" : counter.toString();
  }

  public static int sum(int... values) {
    int total = 0;
    for (int v : values) {
      total += v;
    }
    return total;
  }

  public static String join(String separator, @JsOptional Boolean upper, String... parts) {
    String joined = String.join(separator, parts);
    return Boolean.TRUE.equals(upper) ? joined.toUpperCase() : joined;
  }

  public String all(Color first, Color... more) {
    return first + Arrays.toString(more);
  }

  public static String counters(Counter... counters) {
    StringBuilder out = new StringBuilder();
    for (Counter c : counters) {
      out.append(c.getValue()).append(';');
    }
    return out.toString();
  }

  public static String flags(boolean... flags) {
    return Arrays.toString(flags);
  }

  public static String mixed(Double... values) {
    return Arrays.toString(values);
  }
}
