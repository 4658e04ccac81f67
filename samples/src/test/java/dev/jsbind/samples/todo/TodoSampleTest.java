package dev.jsbind.samples.todo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the sample as the README's command does and checks what it prints. */
class TodoSampleTest {
  @Test
  void theSamplePrintsWhatTheReadmePromises() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, "UTF-8"));
    try {
      TodoSample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = new String(captured.toByteArray(), StandardCharsets.UTF_8);
    original.print(out);
    String[] expected = {
        "js> groceries has 3 tasks, 3 open",
        "js> titles have up to 200 characters; urgent: HIGH",
        "js> chores: 4 tasks; dishes tags: home,kitchen",
        "js> recurring: true, every 3 days: [ ] water the plants (NORMAL; home) every 3 days",
        "js> tagged home: 3 tasks, laundry, dishes, water the plants; same wrapper: true",
        "js> removed 1 low-priority task",
        "js> find returns the same wrapper: true",
        "js> completed 2 dairy tasks; 0 open",
        "js> TypeError: TodoList.add: argument 1 (title) must be a string or null, got 42",
        "js> TypeError: Task.priority: the value must be one of 'LOW', 'NORMAL', 'HIGH' or null, got \"URGENT\"",
        "js> TypeError: TodoList.defaultPriority: the value must be one of 'LOW', 'NORMAL', 'HIGH' or null, got \"SOMEDAY\"",
        "js> TypeError: Illegal invocation: TodoList.add was called on something that is not a TodoList",
        "js> TypeError: Illegal constructor: Task cannot be created from JavaScript",
        "js> added 2; dishes still open: true",
        "js> listener: added vacuum",
        "js> listener: added dust",
        "js> overloads: 0 and 1",
        "js> exported 7 lines, starting \"# chores\"",
        "js> listener: added wash the car",
        "  [x] laundry (HIGH; home)",
        "groceries (0 open)",
        "An uncaught script error reaches Java: RangeError: Index 10 out of bounds for length 3 (caused by IndexOutOfBoundsException)",
    };
    assertTrue(out.matches("(?s).*The script's promise settled in Java: \\d+ characters exported\n.*"), out);
    for (String line : expected) {
      assertTrue(out.contains(line + "\n"), "missing: " + line);
    }
  }
}
