package dev.jsbind.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The {@code @JsValue} classes an API uses (through members, elements and components, at any
 * depth), modelled silently for the TypeScript declarations, and their {@code interface}s. Their
 * problems are reported by {@link JsBindProcessor}, which validates each such class on its own.
 */
final class ValueDeclarations {
  private static final String INDENT = "  ";

  private ValueDeclarations() {}

  /** The value classes {@code classes} use, sorted by interface name; unusable ones are left out. */
  static List<ValueClass> usedBy(List<ExposedClass> classes, Elements elements, ValueClassValidator validator) {
    Deque<JsTypeRef> pending = new ArrayDeque<>();
    classes.forEach(c -> typesOf(c).forEach(t -> collect(t, pending)));
    Map<String, ValueClass> found = new TreeMap<>();
    Map<String, Boolean> seen = new TreeMap<>();
    while (!pending.isEmpty()) {
      JsTypeRef ref = pending.pop();
      String name = ref.javaClass().canonicalName();
      if (seen.put(name, Boolean.TRUE) != null) {
        continue;
      }
      TypeElement element = elements.getTypeElement(name);
      Optional<ValueClass> model = element == null ? Optional.empty() : validator.validate(element);
      model.ifPresent(v -> {
        found.put(v.jsName() + " " + name, v);
        v.components().forEach(component -> collect(component.type(), pending));
      });
    }
    return new ArrayList<>(found.values());
  }

  /**
   * Reports each value class whose interface name is already taken (by an exposed class, or a value
   * class earlier in the list); answers whether there was any.
   */
  static boolean reportClashes(List<ValueClass> values, List<ExposedClass> classes, Elements elements,
      Diagnostics diagnostics) {
    Map<String, String> taken = new TreeMap<>();
    classes.forEach(c -> taken.put(c.jsName(), "class " + c.type().canonicalName()));
    boolean any = false;
    for (ValueClass value : values) {
      String name = value.type().canonicalName();
      String other = taken.putIfAbsent(value.jsName(), "class " + name);
      if (other != null) {
        any = true;
        TypeElement element = elements.getTypeElement(name);
        diagnostics.error(element, Message.DUPLICATE_VALUE_NAME,
            element == null ? "class " + name : Site.describe(element), value.jsName(), other);
      }
    }
    return any;
  }

  private static Stream<JsTypeRef> typesOf(ExposedClass model) {
    List<JsTypeRef> types = new ArrayList<>();
    model.constructors().forEach(c -> c.parameters().forEach(p -> types.add(p.type())));
    Stream.concat(model.methods().stream(), model.staticMethods().stream()).forEach(m -> {
      types.add(m.returns());
      m.parameters().forEach(p -> types.add(p.type()));
    });
    model.properties().forEach(p -> types.add(p.type()));
    model.staticFields().forEach(f -> types.add(f.type()));
    return types.stream();
  }

  private static void collect(JsTypeRef type, Deque<JsTypeRef> pending) {
    if (type.kind() == JsTypeRef.Kind.VALUE) {
      pending.push(type);
    }
    type.arguments().forEach(argument -> collect(argument, pending));
  }

  /**
   * {@code interface Point { x: number; note?: string; }}: the object JavaScript gets, whose
   * components of an exposed class may be null; an Optional component is optional.
   */
  static void write(StringBuilder out, ValueClass value) {
    value.doc().flatMap(ValueDeclarations::firstSentence)
        .ifPresent(doc -> out.append("/** ").append(doc).append(" */\n"));
    out.append("interface ").append(value.jsName()).append(" {\n");
    value.components().forEach(c -> out.append(INDENT).append(member(c)).append(";\n"));
    out.append("}\n");
  }

  /** {@code {x: number; note?: string}}: the interface's body on one line, for the exposure report. */
  static String inline(ValueClass value) {
    return value.components().stream().map(ValueDeclarations::member).collect(Collectors.joining("; ", "{", "}"));
  }

  /** {@code name: type}, or {@code name?: type} for an Optional component. */
  private static String member(ValueClass.Component component) {
    boolean optional = component.type().kind() == JsTypeRef.Kind.OPTIONAL;
    String type = optional ? ValueTypes.element(component.type().element(), false)
        : ValueTypes.element(component.type(), false);
    if (optional && type.endsWith(" | null")) {
      type = type.substring(0, type.length() - " | null".length());
    }
    // A Java identifier, so a TypeScript one too.
    return component.name() + (optional ? "?: " : ": ") + type;
  }

  private static Optional<String> firstSentence(String doc) {
    String line = doc.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("@")).findFirst().orElse("");
    int end = line.indexOf(". ");
    String sentence = end < 0 ? line : line.substring(0, end + 1);
    return sentence.isEmpty() || sentence.contains("*/") ? Optional.empty() : Optional.of(sentence);
  }
}
