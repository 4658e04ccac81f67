package dev.jsbind.processor;

import dev.jsbind.processor.JsTypeRef.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Java overloads under one JavaScript name are one JavaScript method that picks the overload by
 * the number of arguments and then, among overloads taking that many, by the type of the argument
 * at one position (Web IDL's "distinguishing argument index"). JavaScript knows four kinds of
 * value that matter here: booleans, numbers, strings (String, char and enums) and exposed objects;
 * {@code null} goes to the one overload there that accepts it. So overloads with the same number
 * of parameters need a position where every two of them take different kinds and at most one
 * accepts {@code null}. The runtime checks the same rule when it builds the class. A class's
 * constructors are one such set too, under {@code new}.
 */
final class OverloadCheck {
  private final Diagnostics diagnostics;

  OverloadCheck(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** What JavaScript can tell apart of a value, by {@code typeof} or by its brand. */
  enum ValueKind {
    BOOLEAN("booleans"),
    NUMBER("numbers"),
    STRING("strings"),
    OBJECT("exposed objects"),
    ARRAY("arrays"),
    SET("Sets"),
    RECORD("plain objects (maps and @JsValue objects)"),
    FUNCTION("functions"),
    PROMISE("promises");

    private final String plural;

    ValueKind(String plural) {
      this.plural = plural;
    }

    static ValueKind of(JsTypeRef type) {
      return switch (type.kind()) {
        case BOOLEAN, BOXED_BOOLEAN -> BOOLEAN;
        case BYTE, SHORT, INT, LONG, FLOAT, DOUBLE,
            BOXED_BYTE, BOXED_SHORT, BOXED_INT, BOXED_LONG, BOXED_FLOAT, BOXED_DOUBLE -> NUMBER;
        case CHAR, BOXED_CHAR, STRING, ENUM -> STRING;
        case OBJECT -> OBJECT;
        case ARRAY, LIST -> ARRAY;
        case SET -> SET;
        case MAP, VALUE -> RECORD;
        case OPTIONAL -> of(type.element()); // or undefined
        case FUNCTION -> FUNCTION;
        case PROMISE -> PROMISE;
        case VOID, ITERABLE, ITERATOR -> throw new IllegalArgumentException(type.kind() + " parameter");
      };
    }
  }

  static boolean acceptsNull(JsTypeRef type) {
    return switch (type.kind()) {
      case BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, CHAR -> false;
      case OBJECT, ARRAY, LIST, SET, MAP, VALUE, FUNCTION, PROMISE -> type.nullableObject();
      case OPTIONAL -> false;
      default -> true;
    };
  }

  /** Reports each overloaded method (in declaration order) that makes its set impossible to dispatch. */
  void check(List<Named<ExposedMethod>> overloads) {
    check(overloads, "method '" + overloads.get(0).jsName() + "'", "Rename one with @JsMethod(name = \"...\").");
  }

  /** The same for a class's constructors ({@code Named.jsName} is the class's JavaScript name). */
  void checkConstructors(List<Named<ExposedConstructor>> constructors) {
    check(constructors, "constructor '" + constructors.get(0).jsName() + "'",
        "Keep one out of JavaScript with @JsIgnore, or mark those JavaScript gets with @JsConstructor.");
  }

  /** {@code what}: "method 'add'"; {@code remedy}: what the user can do about it. */
  private <T extends Invocable> void check(List<Named<T>> overloads, String what, String remedy) {
    for (int i = 0; i < overloads.size(); i++) {
      if (overloads.get(i).model().parameters().stream().anyMatch(p -> p.mode() != ExposedParameter.Mode.REQUIRED)) {
        report(overloads.get(Math.max(i, 1)), overloads.get(0), what,
            "overloads cannot have @JsOptional or varargs parameters, which blur the number of arguments", remedy);
        return;
      }
    }
    Map<Integer, List<Named<T>>> byArity = new TreeMap<>();
    overloads.forEach(o -> byArity.computeIfAbsent(o.model().parameters().size(), n -> new ArrayList<>()).add(o));
    byArity.forEach((arity, group) -> {
      if (distinguishingIndex(group.stream().map(Named::model).toList()).isPresent()) {
        return;
      }
      for (int later = 1; later < group.size(); later++) {
        for (int earlier = 0; earlier < later; earlier++) {
          Optional<String> why = whyAlike(group.get(earlier).model(), group.get(later).model());
          if (why.isPresent()) {
            report(group.get(later), group.get(earlier), what, why.get(), remedy);
            return;
          }
        }
      }
      report(group.get(group.size() - 1), group.get(0), what,
          "no one argument position has types JavaScript tells apart in all the overloads taking "
              + arity + (arity == 1 ? " argument" : " arguments"), remedy);
    });
  }

  /** The first position where every two overloads take distinguishable types, if any. */
  static Optional<Integer> distinguishingIndex(List<? extends Invocable> sameArity) {
    if (sameArity.size() < 2) {
      return Optional.of(0);
    }
    int arity = sameArity.get(0).parameters().size();
    for (int index = 0; index < arity; index++) {
      boolean all = true;
      for (int a = 0; a < sameArity.size() && all; a++) {
        for (int b = a + 1; b < sameArity.size() && all; b++) {
          all = distinguishable(sameArity.get(a).parameters().get(index).type(),
              sameArity.get(b).parameters().get(index).type());
        }
      }
      if (all) {
        return Optional.of(index);
      }
    }
    return Optional.empty();
  }

  static boolean distinguishable(JsTypeRef a, JsTypeRef b) {
    return ValueKind.of(a) != ValueKind.of(b) && !(acceptsNull(a) && acceptsNull(b))
        && !(a.kind() == JsTypeRef.Kind.OPTIONAL && b.kind() == JsTypeRef.Kind.OPTIONAL); // both take undefined
  }

  /** Why two overloads with the same number of parameters cannot be told apart, if they cannot. */
  private static Optional<String> whyAlike(Invocable first, Invocable second) {
    int arity = first.parameters().size();
    if (arity == 0) {
      return Optional.of("both take no arguments");
    }
    List<String> reasons = new ArrayList<>();
    for (int index = 0; index < arity; index++) {
      JsTypeRef a = first.parameters().get(index).type();
      JsTypeRef b = second.parameters().get(index).type();
      if (distinguishable(a, b)) {
        return Optional.empty();
      }
      reasons.add("argument " + (index + 1) + " takes " + (ValueKind.of(a) == ValueKind.of(b)
          ? ValueKind.of(a).plural + " in both"
          : acceptsNull(a) && acceptsNull(b) ? "null in both" : "undefined (an empty Optional) in both"));
    }
    return Optional.of("both take " + arity + (arity == 1 ? " argument" : " arguments") + ", and "
        + String.join(", ", reasons) + " (JavaScript has one number type, enums and chars are strings,"
        + " and two exposed classes are not told apart)");
  }

  private void report(Named<?> later, Named<?> first, String what, String why, String remedy) {
    diagnostics.error(later.site().element(), Message.AMBIGUOUS_OVERLOAD, later.site().description(),
        first.site().description(), what, why, remedy);
  }
}
