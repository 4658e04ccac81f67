package dev.jsbind.processor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The exposure report ({@code exposure.tsv}): one line per thing a script can reach, with the Java
 * member behind it, so that a reviewer sees the JavaScript surface grow or change in a diff.
 * Tab-separated columns: the member's path in JavaScript ({@code TodoList.prototype.add}), its
 * kind, its JavaScript type (TypeScript notation, without parameter names) and the Java member.
 * Lines are sorted; nothing depends on declaration order, parameter names or Javadoc, so a class
 * gives the same lines whether it is compiled from source or read from a jar.
 */
final class ExposureReport {
  static final String HEADER = "member\tkind\tjavascript\tjava";

  private ExposureReport() {}

  /** The report file: the header, then {@link #lines}. */
  static String text(Collection<ExposedClass> classes) {
    return text(classes, List.of());
  }

  /** The report file of {@code classes} and the {@code @JsValue} classes they use. */
  static String text(Collection<ExposedClass> classes, Collection<ValueClass> values) {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    lines(classes, values).forEach(line -> text.append(line).append('\n'));
    return text.toString();
  }

  /** Every member line of {@code classes}, sorted. */
  static List<String> lines(Collection<ExposedClass> classes) {
    return lines(classes, List.of());
  }

  /**
   * Also a line per value class: what a copy holds is part of what scripts see (and of what Java
   * data leaves for JavaScript), so a new component shows up in review too.
   */
  static List<String> lines(Collection<ExposedClass> classes, Collection<ValueClass> values) {
    List<String> lines = new ArrayList<>();
    classes.forEach(model -> addLines(lines, model));
    values.forEach(value -> lines.add(line(value.jsName(), "value", ValueDeclarations.inline(value),
        value.type().canonicalName())));
    lines.sort(null);
    return lines;
  }

  /** The Java classes a report lists, by their canonical names. */
  static List<String> classNames(String report) {
    return report.lines()
        .map(line -> line.split("\t"))
        .filter(columns -> columns.length == 4 && (columns[1].equals("class") || columns[1].equals("interface")))
        .map(columns -> columns[3])
        .toList();
  }

  private static void addLines(List<String> lines, ExposedClass model) {
    String name = model.jsName();
    String interfaces = model.interfaces().stream().map(JsTypeRef::jsName).collect(Collectors.joining(", "));
    lines.add(line(name, model.isInterface() ? "interface" : "class", (model.isInterface() ? "interface " : "class ")
        + name + model.superclass().map(s -> " extends " + s.jsName()).orElse("")
        + (interfaces.isEmpty() ? "" : (model.isInterface() ? " extends " : " implements ") + interfaces),
        model.type().canonicalName()));
    model.constructors().forEach(c -> lines.add(line(name, "constructor",
        "new " + parameterTypes(c.parameters()), c.java().signature())));
    model.properties().forEach(p -> lines.add(line(name + ".prototype." + p.jsName(), "property",
        propertyType(p), propertyJava(p))));
    model.methods().forEach(m -> lines.add(line(name + ".prototype." + m.jsName(), "method",
        methodType(m), m.java().signature())));
    model.staticMethods().forEach(m -> lines.add(line(name + "." + m.jsName(), "static method",
        methodType(m), m.java().signature())));
    model.staticFields().forEach(f -> lines.add(line(name + "." + f.jsName(),
        f.isConstant() ? "constant" : "static property", staticFieldType(f), f.java().signature())));
  }

  private static String propertyType(ExposedProperty property) {
    return "get " + TsTypes.produced(property.type())
        + (property.setter().isPresent() ? "; set " + TsTypes.accepted(property.type()) : "");
  }

  /** The getter (or field), then a setter method; a writable field is read and written alike. */
  private static String propertyJava(ExposedProperty property) {
    String getter = property.getter().java().signature();
    return property.setter()
        .map(setter -> setter.java().signature())
        .filter(setter -> !setter.equals(getter))
        .map(setter -> getter + "; " + setter)
        .orElse(getter);
  }

  /** A constant shows its value, so that a changed value is reviewed too. */
  private static String staticFieldType(ExposedStaticField field) {
    if (field.isConstant()) {
      Object value = field.constant().get();
      return TsTypes.constant(field.type()) + " = " + (value instanceof String || value instanceof Character
          ? TsTypes.stringLiteral(value.toString()) : value.toString());
    }
    return "get " + TsTypes.produced(field.type())
        + (field.writable() ? "; set " + TsTypes.accepted(field.type()) : "");
  }

  private static String methodType(ExposedMethod method) {
    return parameterTypes(method.parameters()) + " => " + TsTypes.produced(method.returns());
  }

  private static String parameterTypes(List<ExposedParameter> parameters) {
    return parameters.stream()
        .map(p -> switch (p.mode()) {
          case REQUIRED -> TsTypes.accepted(p.type());
          case OPTIONAL -> "[" + TsTypes.accepted(p.type()) + "]";
          case REST -> "..." + TsTypes.array(p.type());
        })
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String line(String member, String kind, String javascript, String java) {
    return String.join("\t", member, kind, javascript, java);
  }
}
