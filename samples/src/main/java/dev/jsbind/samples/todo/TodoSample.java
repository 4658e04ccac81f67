package dev.jsbind.samples.todo;

import dev.jsbind.runtime.JsException;
import dev.jsbind.runtime.JsRuntime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Builds a to-do list in Java, lets a script work on it, and prints the result on both sides. */
public final class TodoSample {
  private TodoSample() {}

  public static void main(String[] args) throws Exception {
    TodoList groceries = new TodoList("groceries");
    groceries.add("milk", Priority.HIGH).tag("dairy");
    groceries.add("cheese").tag("dairy");
    groceries.add("bread");

    try (JsRuntime js = JsRuntime.create()) {
      js.install(TodoList.class);
      js.install(Task.class);
      js.install(RecurringTask.class);
      js.install(Console.class);
      js.set("groceries", groceries);

      js.exec(resource("todo.js"));

      // The script's promise settles once the export's thread is done; evalPromise waits for it.
      Object length = js.evalPromise("exported").get(10, TimeUnit.SECONDS);
      System.out.println("The script's promise settled in Java: " + length + " characters exported");

      TodoList chores = (TodoList) js.eval("chores");
      chores.add("wash the car"); // Java adds: the script's listener runs
      System.out.println("Java sees the list the script made: " + chores);
      System.out.println("Java sees the script's changes to its own list:\n" + groceries);

      try {
        js.exec("groceries.get(10)");
      } catch (JsException e) {
        System.out.println("An uncaught script error reaches Java: " + e.getMessage()
            + " (caused by " + e.getCause().getClass().getSimpleName() + ")");
      }
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TodoSample.class.getResourceAsStream("/" + name)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] chunk = new byte[4096];
      for (int n; (n = in.read(chunk)) > 0; ) {
        out.write(chunk, 0, n);
      }
      return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }
  }
}
