package dev.jsbind.runtime.j2v8;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks and quotes names that go into generated JavaScript source. */
final class JsNames {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  private static final Set<String> RESERVED_WORDS = new HashSet<String>(Arrays.asList(
      "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
      "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "implements",
      "import", "in", "instanceof", "interface", "let", "new", "null", "package", "private",
      "protected", "public", "return", "static", "super", "switch", "this", "throw", "true", "try",
      "typeof", "var", "void", "while", "with", "yield", "await", "arguments", "eval"));
  private static final Set<String> RESERVED_INSTANCE = new HashSet<String>(Arrays.asList("constructor", "__proto__"));
  private static final Set<String> RESERVED_STATIC = new HashSet<String>(Arrays.asList(
      "prototype", "name", "length", "caller", "arguments", "__proto__"));

  private JsNames() {}

  /** {@code name}, if it can name a JavaScript class (an identifier that is not a reserved word). */
  static String requireIdentifier(String name, String what) {
    if (name == null || !IDENTIFIER.matcher(name).matches() || RESERVED_WORDS.contains(name)) {
      throw new IllegalArgumentException(what + " is not a JavaScript identifier: " + name);
    }
    return name;
  }

  // What ShimWriter, ValueShim and CompositeShims declare around each class (the processor refuses
  // these class names too, as jsbind.invalid-name): a class named like one would clash with it.
  private static final Set<String> GLUE_NAMES = new HashSet<String>(Arrays.asList("h", "n", "F", "S", "V",
      "brands", "FAILED", "fail", "adopt", "floor", "badArg", "typeError", "finals", "illegal", "arity", "is",
      "id", "r", "d", "f", "v", "j", "a", "w", "x", "fn", "rn", "rv", "st", "tb"));
  private static final Pattern GLUE_NUMBERED = Pattern.compile("[a-z]{1,2}[0-9]+(_([0-9]+|r))?");

  /** {@code name}, if it can name a class template: an identifier that clashes with nothing the glue declares. */
  static String requireClassName(String name, String what) {
    requireIdentifier(name, what);
    if (GLUE_NAMES.contains(name) || GLUE_NUMBERED.matcher(name).matches()) {
      throw new IllegalArgumentException(what + " '" + name + "' is a name jsbind's generated JavaScript uses for"
          + " itself: rename the class with @JsExposed(name = ...) (recompile with the jsbind processor)");
    }
    return name;
  }

  static boolean isReservedMember(String name, boolean isStatic) {
    return (isStatic ? RESERVED_STATIC : RESERVED_INSTANCE).contains(name);
  }

  /** A double-quoted JavaScript string literal of {@code text}, safe to splice into source. */
  static String literal(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
