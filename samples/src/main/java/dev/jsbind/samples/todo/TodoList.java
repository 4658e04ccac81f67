package dev.jsbind.samples.todo;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsMethod;
import dev.jsbind.annotations.JsOptional;
import dev.jsbind.annotations.JsProperty;
import java.util.ArrayList;
import java.util.List;

/** A named list of tasks, usable from Java and from JavaScript ({@code new TodoList("home")}). */
@JsExposed
public class TodoList {
  /** The longest title a task may have (a constant: JavaScript reads it without calling Java). */
  public static final int MAX_TITLE_LENGTH = 200;

  /** The priority {@code add(title)} gives a task (JavaScript reads and writes it as {@code TodoList.defaultPriority}). */
  public static Priority defaultPriority = Priority.NORMAL;

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
    return add(title, defaultPriority == null ? Priority.NORMAL : defaultPriority);
  }

  /** Adds a task; exposed as {@code addWithPriority} since JavaScript has no overloads. */
  @JsMethod(name = "addWithPriority")
  public Task add(String title, Priority priority) {
    if (title != null && title.length() > MAX_TITLE_LENGTH) {
      throw new IllegalArgumentException("a title has at most " + MAX_TITLE_LENGTH + " characters");
    }
    Task task = new Task(title, priority);
    tasks.add(task);
    return task;
  }

  /** Adds a task that recurs every {@code everyDays} days (a {@link RecurringTask}, which JavaScript sees as a Task too). */
  public RecurringTask addRecurring(String title, int everyDays) {
    RecurringTask task = new RecurringTask(title, Priority.NORMAL, everyDays);
    tasks.add(task);
    return task;
  }

  /** The task with this title (and, when {@code done} is given, that state), or null. */
  public Task find(String title, @JsOptional Boolean done) {
    for (Task task : tasks) {
      if (task.getTitle().equals(title) && (done == null || task.isDone() == done)) {
        return task;
      }
    }
    return null;
  }

  /** Adds a task of normal priority per title (varargs: {@code list.addAll('a', 'b')}); returns how many. */
  public int addAll(String... titles) {
    for (String title : titles) {
      add(title);
    }
    return titles.length;
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

  /** An empty list; an overload of {@code of(name, firstTitle)}, told apart by the number of arguments. */
  public static TodoList of(String name) {
    return new TodoList(name);
  }

  /** A list with the given tasks, all of normal priority. */
  public static TodoList of(String name, String firstTitle) {
    TodoList list = new TodoList(name);
    list.add(firstTitle);
    return list;
  }
}
