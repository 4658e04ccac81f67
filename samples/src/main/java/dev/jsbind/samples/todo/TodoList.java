package dev.jsbind.samples.todo;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsMethod;
import dev.jsbind.annotations.JsOptional;
import dev.jsbind.annotations.JsProperty;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** A named list of tasks, usable from Java and from JavaScript ({@code new TodoList("home")}). */
@JsExposed
public class TodoList {
  /** The longest title a task may have (a constant: JavaScript reads it without calling Java). */
  public static final int MAX_TITLE_LENGTH = 200;

  /** The priority {@code add(title)} gives a task (JavaScript reads and writes it as {@code TodoList.defaultPriority}). */
  public static Priority defaultPriority = Priority.NORMAL;

  private final String name;
  private final List<Task> tasks = new ArrayList<Task>();
  private final List<Consumer<Task>> listeners = new ArrayList<Consumer<Task>>();

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
    return added(new Task(title, priority));
  }

  /** Adds a task that recurs every {@code everyDays} days (a {@link RecurringTask}, which JavaScript sees as a Task too). */
  public RecurringTask addRecurring(String title, int everyDays) {
    return added(new RecurringTask(title, Priority.NORMAL, everyDays));
  }

  private <T extends Task> T added(T task) {
    tasks.add(task);
    for (Consumer<Task> listener : listeners) {
      listener.accept(task);
    }
    return task;
  }

  /**
   * Calls {@code listener} with every task added from now on, whether Java or JavaScript adds it.
   * A script passes a function; the list keeps it and calls it later.
   */
  public void onAdd(Consumer<Task> listener) {
    listeners.add(listener);
  }

  /** Removes the tasks {@code test} accepts (a script passes a function); returns how many. */
  public int removeIf(Predicate<Task> test) {
    int removed = 0;
    for (Iterator<Task> it = tasks.iterator(); it.hasNext(); ) {
      if (test.test(it.next())) {
        it.remove();
        removed++;
      }
    }
    return removed;
  }

  /** The tasks with this tag, in order (a copy: JavaScript gets an array of the same task wrappers). */
  public List<Task> tagged(String tag) {
    List<Task> found = new ArrayList<Task>();
    for (Task task : tasks) {
      if (task.hasTag(tag)) {
        found.add(task);
      }
    }
    return found;
  }

  /**
   * The list as Markdown, formatted on another thread: JavaScript gets a Promise, settled on the
   * script's thread when the future completes.
   */
  public CompletableFuture<String> exportAsync() {
    final String heading = "# " + name;
    final List<String> lines = new ArrayList<String>();
    for (Task task : tasks) {
      lines.add(task.toString()); // read here, on the caller's thread; formatted elsewhere
    }
    return CompletableFuture.supplyAsync(() -> {
      StringBuilder out = new StringBuilder(heading);
      for (String line : lines) {
        out.append("\n- ").append(line);
      }
      return out.toString();
    });
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
