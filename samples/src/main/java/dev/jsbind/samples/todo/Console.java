package dev.jsbind.samples.todo;

import dev.jsbind.annotations.JsExposed;

/** What the sample script prints with: {@code Console.log("…")}. */
@JsExposed
public final class Console {
  private Console() {}

  public static void log(String line) {
    System.out.println("js> " + line);
  }
}
