package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.runtime.JsException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Strings as long as V8 holds, and longer, in every way a string reaches a script. */
@JsExposed
public class LongStrings {
  /** A final field: its value travels with the wrapper when the object first reaches a script. */
  public final String text;

  private LongStrings(String text) {
    this.text = text;
  }

  public static LongStrings holding(int length) {
    return new LongStrings(of(length));
  }

  static String of(int length) {
    char[] chars = new char[length];
    Arrays.fill(chars, 'x');
    return new String(chars);
  }

  public static String string(int length) {
    return of(length);
  }

  /** Two strings of {@code each} characters, copied across as a list. */
  public static List<String> pair(int each) {
    String s = of(each);
    return Arrays.asList(s, s);
  }

  public static String handTo(Consumer<String> f, int length) {
    try {
      f.accept(of(length));
      return "accepted";
    } catch (JsException e) { // a script error, as for anything a script function does wrong
      return "refused: " + e.getName() + ": " + e.getJsMessage();
    }
  }
}
