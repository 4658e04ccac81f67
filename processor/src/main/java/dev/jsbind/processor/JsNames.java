package dev.jsbind.processor;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** JavaScript naming rules: which names a binding may declare, and bean-style property names. */
final class JsNames {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  // ECMAScript reserved words, including those reserved only in strict mode (modules are strict).
  private static final Set<String> RESERVED_WORDS = Set.of(
      "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default",
      "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for", "function",
      "if", "implements", "import", "in", "instanceof", "interface", "let", "new", "null",
      "package", "private", "protected", "public", "return", "static", "super", "switch", "this",
      "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield");

  // Strict-mode code (class bodies) cannot bind these, although they are not reserved words.
  private static final Set<String> STRICT_MODE_BINDINGS = Set.of("arguments", "eval");

  // Names the runtime's generated JavaScript declares in the scope of each class it defines (see
  // runtime ShimWriter, ValueShim, CompositeShims): a class named like one would clash with it.
  private static final Set<String> GLUE_NAMES = Set.of("h", "n", "F", "S", "V", "brands", "FAILED", "fail",
      "adopt", "floor", "badArg", "typeError", "finals", "illegal", "arity", "is", "id", "r", "d", "f", "v",
      "j", "a", "w", "x", "fn", "rn", "rv", "st", "tb");
  /** Its numbered names: {@code m0}, {@code o3}, {@code e1_2}, {@code t0_r}, {@code vd1}, {@code it4}… */
  private static final Pattern GLUE_NUMBERED = Pattern.compile("[a-z]{1,2}[0-9]+(_([0-9]+|r))?");

  // Defining these on a prototype would break the object model rather than add a member.
  private static final Set<String> RESERVED_INSTANCE_NAMES = Set.of("constructor", "__proto__");

  // Own properties every JavaScript function already has (or that are magic on it).
  private static final Set<String> RESERVED_STATIC_NAMES =
      Set.of("prototype", "name", "length", "caller", "arguments", "__proto__");

  /** Where a name is declared, which decides the reserved member names. */
  enum Scope {
    GLOBAL(Set.of()),
    PROTOTYPE(RESERVED_INSTANCE_NAMES),
    STATIC(RESERVED_STATIC_NAMES);

    private final Set<String> reservedMembers;

    Scope(Set<String> reservedMembers) {
      this.reservedMembers = reservedMembers;
    }
  }

  private JsNames() {}

  /**
   * Why {@code name} cannot be used, or empty if it can. Names written in an annotation must be
   * plain identifiers; names derived from Java names only have to avoid the reserved members,
   * because Java identifiers are already valid property names. A class name also declares a
   * binding ({@code class X}, in strict mode), so no class may be named like a reserved word.
   */
  static Optional<String> problem(String name, Scope scope, boolean fromAnnotation) {
    if (fromAnnotation && !IDENTIFIER.matcher(name).matches()) {
      return Optional.of("is not a JavaScript identifier ([A-Za-z_$][A-Za-z0-9_$]*)");
    }
    if ((fromAnnotation || scope == Scope.GLOBAL) && RESERVED_WORDS.contains(name)) {
      return Optional.of("is a JavaScript reserved word");
    }
    if (scope == Scope.GLOBAL && STRICT_MODE_BINDINGS.contains(name)) {
      return Optional.of("cannot name a class in strict-mode JavaScript");
    }
    if (scope == Scope.GLOBAL && isGlueName(name)) {
      return Optional.of("is a name jsbind's generated JavaScript uses for itself around each class");
    }
    if (scope.reservedMembers.contains(name)) {
      return Optional.of("is reserved: "
          + (scope == Scope.STATIC ? "every JavaScript function already has it"
              : "it is part of every JavaScript object's prototype machinery"));
    }
    return Optional.empty();
  }

  /** Whether the runtime's generated JavaScript declares {@code name} next to the classes it defines. */
  static boolean isGlueName(String name) {
    return GLUE_NAMES.contains(name) || GLUE_NUMBERED.matcher(name).matches();
  }

  /** Whether {@code name} cannot name a parameter in strict-mode code, such as a class body. */
  static boolean isStrictModeReserved(String name) {
    return RESERVED_WORDS.contains(name) || STRICT_MODE_BINDINGS.contains(name);
  }

  /** As {@code java.beans.Introspector.decapitalize}: {@code URL} stays, {@code Url} becomes {@code url}. */
  static String decapitalize(String name) {
    if (name.isEmpty()
        || (name.length() > 1
            && Character.isUpperCase(name.charAt(0))
            && Character.isUpperCase(name.charAt(1)))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
