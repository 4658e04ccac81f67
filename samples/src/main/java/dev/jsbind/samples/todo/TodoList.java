package dev.jsbind.samples.todo;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsMethod;
import dev.jsbind.annotations.JsProperty;
import java.util.ArrayList;
import java.util.List;

/** A named list of tasks, usable from Java and from JavaScript ({@code new TodoList("home")}). */
@JsExposed
public class TodoList {
  private final String name;
  private final List<Task> tasks = new ArrayList<Task>();

  public TodoList(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a list needs a name");
    }
    this.name = name;
  }

  @JsProperty
  public String getName() {
    return name;
  }

  /** Adds a task with normal priority. */
  public Task add(String title) {
    return add(title, Priority.NORMAL);
  }

  /** Adds a task; exposed as {@code addWithPriority} since JavaScript has no overloads. */
  @JsMethod(name = "addWithPriority")
  public Task add(String title, Priority priority) {
    Task task = new Task(title, priority);
    tasks.add(task);
    return task;
  }

  /** The task with this title, or null. */
  public Task find(String title) {
    for (Task task : tasks) {
      if (task.getTitle().equals(title)) {
        return task;
      }
    }
    return null;
  }

  /** The {@code index}-th task; a RangeError in JavaScript when out of bounds. */
  public Task get(int index) {
    return tasks.get(index);
  }

  @JsProperty
  public int getSize() {
    return tasks.size();
  }

  @JsProperty
  public int getOpenCount() {
    int open = 0;
    for (Task task : tasks) {
      open += task.isDone() ? 0 : 1;
    }
    return open;
  }

  /** Marks every task with the tag as done; returns how many changed. */
  public int completeTagged(String tag) {
    int changed = 0;
    for (Task task : tasks) {
      if (task.hasTag(tag) && !task.isDone()) {
        task.setDone(true);
        changed++;
      }
    }
    return changed;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(name).append(" (").append(getOpenCount()).append(" open)");
    for (Task task : tasks) {
      out.append("\n  ").append(task);
    }
    return out.toString();
  }

  /** A list with the given tasks, all of normal priority. */
  public static TodoList of(String name, String firstTitle) {
    TodoList list = new TodoList(name);
    list.add(firstTitle);
    return list;
  }
}
