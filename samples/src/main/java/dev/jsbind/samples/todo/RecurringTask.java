package dev.jsbind.samples.todo;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsProperty;

/**
 * A task that comes back every few days. It extends {@link Task}, and so does its JavaScript class:
 * a recurring task has every task method, {@code instanceof Task} holds, and {@code toString} is
 * this class's override.
 */
@JsExposed
public class RecurringTask extends Task {
  private final int everyDays;

  RecurringTask(String title, Priority priority, int everyDays) {
    super(title, priority);
    if (everyDays < 1) {
      throw new IllegalArgumentException("a recurring task needs a period of at least one day, not " + everyDays);
    }
    this.everyDays = everyDays;
  }

  @JsProperty
  public int getEveryDays() {
    return everyDays;
  }

  @Override
  public String toString() {
    return super.toString() + " every " + everyDays + (everyDays == 1 ? " day" : " days");
  }
}
