package dev.jsbind.runtime.j2v8;

import com.eclipsesource.v8.V8Array;
import com.eclipsesource.v8.V8RuntimeException;
import com.eclipsesource.v8.V8ScriptException;
import dev.jsbind.runtime.JsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the bootstrap's {@code run()} answered, a {@code [tag, …]} array of primitives. */
final class ScriptResults {
  private static final Pattern ERROR_TEXT = Pattern.compile("(\\w*Error): (.*)", Pattern.DOTALL);

  static final String STACK_EXHAUSTED = "RangeError: Maximum call stack size exceeded";

  private ScriptResults() {}

  static Object read(V8Array result, boolean wantValue, ObjectTable objects, ErrorBridge errors) {
    switch (result.getInteger(0)) {
      case 0:
      case 1:
        return null;
      case 2:
        return result.getBoolean(1);
      case 3:
        return result.get(1); // Integer when the number is an int32, else Double
      case 4:
        return result.getString(1);
      case 5:
        return objects.get(result.getInteger(1));
      case 6:
        if (!wantValue) {
          return null;
        }
        throw new JsException("TypeError", "the script's value (" + result.getString(1) + ") has no Java"
            + " equivalent: eval returns undefined, null, booleans, numbers, strings and exposed objects;"
            + " use exec() to run a script for its effects", "", null);
      case 7:
        throw new JsException(result.getString(1), result.getString(2), withoutGlueFrames(result.getString(3)),
            errors.causeOf(result.getInteger(4)));
      default:
        throw new IllegalStateException("unknown bootstrap answer " + result.getInteger(0));
    }
  }

  /**
   * An error the bootstrap could not catch itself, when jsbind did not terminate the script (the
   * caller checks that first): V8 ran out of stack before (or while) entering its handler. J2V8
   * rendered it from a value V8 made ("RangeError: Maximum call stack size exceeded"), so its text
   * is safe to read; when V8 had no stack left even to make that value, there is no text, and it
   * is the same RangeError.
   */
  static JsException uncaught(V8RuntimeException e) {
    String text = e instanceof V8ScriptException ? ((V8ScriptException) e).getJSMessage() : e.getMessage();
    if (text == null || text.isEmpty() || text.equals("null")) {
      text = STACK_EXHAUSTED;
    }
    Matcher parts = ERROR_TEXT.matcher(text);
    return parts.matches()
        ? new JsException(parts.group(1), parts.group(2), "", null)
        : new JsException("Error", text, "", null);
  }

  /** Drops the frames of the bootstrap's runner from a stack: they are the same for every error. */
  private static String withoutGlueFrames(String stack) {
    StringBuilder out = new StringBuilder(stack.length());
    for (String line : stack.split("\n", -1)) {
      if (!line.contains("(jsbind:bootstrap:") && !line.trim().equals("at eval (<anonymous>)")) {
        out.append(out.length() == 0 ? "" : "\n").append(line);
      }
    }
    return out.toString();
  }
}
