package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsbind.runtime.j2v8.J2v8Runtime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, guard for class 3 ("result copying is not re-entrant"): seeded random nestings of calls
 * inside result copies (lazy lists whose elements are computed by script functions), callbacks and
 * Java functions, to random depth, each checked against a model computed in Java alone. After each
 * case the shared slots must be empty as well (SlotHygieneTest's check).
 *
 * <p>{@code -Djsbind.reentryFuzzSeed=…} and {@code -Djsbind.reentryFuzzCases=…} change the run.
 */
class ReentrantCopyFuzzTest extends V8TestSupport {
  private static final long SEED = Long.getLong("jsbind.reentryFuzzSeed", 20261208L);
  private static final int CASES = Integer.getInteger("jsbind.reentryFuzzCases", 1000);
  private static final int MAX_DEPTH = 5;

  private Random random;
  /** Java calls a case makes (each lazy element, callback and member counted once per evaluation). */
  private long calls;

  @BeforeEach
  void installFixtures() {
    js.install(Reentry.class);
    js.install(Callbacks.class);
    js.install(Sized.class);
    js.install(Box.class);
  }

  /** A JavaScript expression and the value the model says it has (Integer, String or List). */
  private static final class Node {
    final String js;
    final Object expected;
    /** How many Java calls evaluating it makes. */
    final long calls;

    Node(String js, Object expected, long calls) {
      this.js = js;
      this.expected = expected;
      this.calls = calls;
    }
  }

  private Node node(int depth) {
    int kind = depth >= MAX_DEPTH ? random.nextInt(2) : random.nextInt(8);
    int n = random.nextInt(4);
    int k = 1 + random.nextInt(5);
    switch (kind) {
      case 0: {
        List<Object> out = new ArrayList<Object>();
        for (int i = 0; i < n; i++) {
          out.add(i * k);
        }
        return new Node("Reentry.range(" + n + ", " + k + ")", out, 1);
      }
      case 1: {
        String word = "w" + random.nextInt(1000) + (random.nextBoolean() ? "\"q" : "");
        return new Node("Reentry.echo(" + json(word) + ")", word, 1);
      }
      case 2: {
        Node child = node(depth + 1);
        List<Object> out = new ArrayList<Object>();
        for (int i = 0; i < n; i++) {
          out.add(json(child.expected).length() + i * k);
        }
        return new Node("Reentry.lazy(function (i) { return JSON.stringify(" + child.js + ").length + i * " + k
            + "; }, " + n + ")", out, 1 + n * (1 + child.calls));
      }
      case 3: {
        Node child = node(depth + 1);
        List<Object> out = new ArrayList<Object>();
        for (int i = 0; i < n; i++) {
          out.add("q" + i + json(child.expected));
        }
        return new Node("Reentry.lazyStrings(function (i) { return 'q' + i + JSON.stringify(" + child.js + "); }, "
            + n + ")", out, 1 + n * (1 + child.calls));
      }
      case 4: {
        Node child = node(depth + 1);
        List<Object> out = new ArrayList<Object>();
        for (int i = 0; i < n; i++) {
          out.add(json(child.expected).length() + i);
        }
        // Reentry.boxes copies a result with exposed objects of another class in the middle of this one.
        return new Node("Reentry.lazyCounters(function (i) { Reentry.boxes(2); return new Counter(JSON.stringify("
            + child.js + ").length + i); }, " + n + ").map(function (c) {"
            + " return c instanceof Counter ? c.value : 'not a Counter'; })", out, 1 + n * (3 + child.calls));
      }
      case 5: {
        Node child = node(depth + 1);
        return new Node("Callbacks.map(function (x) { return JSON.stringify(" + child.js + ") + x; }, " + k + ")",
            json(child.expected) + k, 2 + child.calls);
      }
      case 6: {
        Node child = node(depth + 1);
        String s = json(child.expected);
        return new Node("Callbacks.repeat()(JSON.stringify(" + child.js + "), " + (k % 3) + ")",
            repeat(s, k % 3), 2 + child.calls);
      }
      default: {
        // Two siblings in one list: the second copy starts while the first one's elements are live.
        Node first = node(depth + 1);
        Node second = node(depth + 1);
        List<Object> out = new ArrayList<Object>();
        out.add(json(first.expected));
        out.add(json(second.expected));
        return new Node("Reentry.lazyStrings(function (i) { return i === 0 ? JSON.stringify(" + first.js
            + ") : JSON.stringify(" + second.js + "); }, 2)", out, 3 + first.calls + second.calls);
      }
    }
  }

  private static String repeat(String s, int times) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < times; i++) {
      out.append(s);
    }
    return out.toString();
  }

  /** JSON.stringify of the model's values: integers, strings (no control characters) and lists. */
  static String json(Object value) {
    if (value instanceof Integer) {
      return value.toString();
    }
    if (value instanceof String) {
      return "\"" + ((String) value).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    StringBuilder out = new StringBuilder("[");
    for (Object element : (List<?>) value) {
      out.append(out.length() == 1 ? "" : ",").append(json(element));
    }
    return out.append(']').toString();
  }

  @Test
  void randomNestingsOfCallsInsideCopiesMatchTheModel() {
    random = new Random(SEED);
    int deepest = 0;
    List<String> wrong = new ArrayList<String>();
    int wrongValues = 0;
    int leftValues = 0;
    for (int c = 0; c < CASES; c++) {
      Node root = node(0);
      calls += root.calls;
      deepest = Math.max(deepest, depthOf(root.js));
      String got = (String) js.eval("(function () { try { return JSON.stringify(" + root.js + "); }"
          + " catch (e) { return 'threw ' + e; } })()");
      String left = ((J2v8Runtime) js).boundaryLeftovers();
      wrongValues += json(root.expected).equals(got) ? 0 : 1;
      leftValues += left.isEmpty() ? 0 : 1;
      if (!json(root.expected).equals(got) || !left.isEmpty()) {
        wrong.add("case " + c + ": " + root.js + "\n  expected " + json(root.expected) + "\n  got      " + got
            + (left.isEmpty() ? "" : "\n  left in the slots: " + left));
      }
    }
    System.out.println("ReentrantCopyFuzzTest: seed " + SEED + ", " + CASES + " cases, " + calls
        + " Java calls, nesting up to " + deepest + " functions deep; " + wrongValues + " wrong values, "
        + leftValues + " left something in the slots");
    assertEquals("", wrong.isEmpty() ? "" : wrong.size() + " of " + CASES + " cases wrong (seed " + SEED + "), first: "
        + wrong.get(0));
  }

  /** How deeply the braces of a case's script functions nest: its depth of re-entry, roughly. */
  private static int depthOf(String js) {
    int depth = 0;
    int deepest = 0;
    for (int i = 0; i < js.length(); i++) {
      char ch = js.charAt(i);
      if (ch == '{') {
        deepest = Math.max(deepest, ++depth);
      } else if (ch == '}') {
        depth--;
      }
    }
    return deepest;
  }
}
