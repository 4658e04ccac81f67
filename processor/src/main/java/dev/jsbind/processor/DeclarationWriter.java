package dev.jsbind.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the TypeScript declarations ({@code jsbind.d.ts}) of a compilation's exposed classes: one
 * ambient {@code declare class} per class (an exposed interface is a {@code declare abstract class},
 * merged into its implementors' declarations as an interface), named and shaped as the runtime builds it. The file is a
 * script, not a module, so its classes are globals, as {@code JsRuntime.install} makes them, and
 * the declarations of several compilations (a library's and an application's) combine.
 */
final class DeclarationWriter {
  static final String HEADER = "// " + GeneratedFiles.FILE_COMMENT + "\n"
      + "//\n"
      + "// The JavaScript API of the @JsExposed classes of one compilation. A class is a global once\n"
      + "// JsRuntime.install has installed it. Declare the objects Java hands to scripts with\n"
      + "// JsRuntime.set yourself, as in: declare const name: ClassName;\n";

  private static final String INDENT = "  ";

  /** {@code classes} in the order to declare them. */
  String write(List<ExposedClass> classes) {
    return write(classes, List.of());
  }

  /** {@code classes}, then an interface per {@code @JsValue} class they use (see {@link ValueDeclarations}). */
  String write(List<ExposedClass> classes, List<ValueClass> values) {
    StringBuilder out = new StringBuilder(HEADER);
    declaringToJSON = declaringToJSON(classes);
    classes.forEach(model -> writeClass(out.append('\n'), model));
    values.forEach(value -> ValueDeclarations.write(out.append('\n'), value));
    return out.toString();
  }

  private void writeClass(StringBuilder out, ExposedClass model) {
    model.doc().ifPresent(doc -> comment(out, "", JsDocs.forClass(doc)));
    out.append(model.isInterface() ? "declare abstract class " : "declare class ").append(model.jsName());
    model.superclass().ifPresent(superclass -> out.append(" extends ").append(superclass.jsName()));
    out.append(" {\n");
    if (model.constructors().isEmpty()) {
      noConstructor(out, model);
    }
    // Several are overload signatures, as the runtime dispatches them.
    model.constructors().forEach(c -> constructor(out, c));
    model.properties().forEach(p -> property(out, p));
    model.methods().forEach(m -> method(out, m, ""));
    toJSON(out, model);
    model.staticFields().forEach(f -> staticField(out, f));
    model.staticMethods().forEach(m -> method(out, m, "static "));
    out.append("}\n");
    implemented(out, model);
  }

  /**
   * The exposed interfaces a class (or interface) implements, as an interface merged into its
   * class declaration: TypeScript then sees their members on it, as the runtime copies them onto its
   * prototype, and accepts it where one of them is expected. A class's own member of the same name
   * must have a compatible type (it overrides the interface's in Java).
   */
  private static void implemented(StringBuilder out, ExposedClass model) {
    if (!model.interfaces().isEmpty()) {
      out.append("interface ").append(model.jsName()).append(" extends ")
          .append(model.interfaces().stream().map(JsTypeRef::jsName).collect(Collectors.joining(", ")))
          .append(" {}\n");
    }
  }

  /** JavaScript names of the classes of this compilation that declare or inherit an exposed toJSON. */
  private Set<String> declaringToJSON = Set.of();

  private static Set<String> declaringToJSON(List<ExposedClass> classes) {
    Set<String> declaring = new HashSet<>();
    for (ExposedClass model : classes) {
      if (model.methods().stream().anyMatch(m -> m.jsName().equals("toJSON"))) {
        declaring.add(model.jsName());
      }
    }
    // Inherited through superclasses and interfaces declared in the same file, to any depth.
    for (boolean grew = true; grew; ) {
      grew = false;
      for (ExposedClass model : classes) {
        boolean inherits = model.superclass().isPresent() && declaring.contains(model.superclass().get().jsName())
            || model.interfaces().stream().anyMatch(i -> declaring.contains(i.jsName()));
        if (!declaring.contains(model.jsName()) && inherits) {
          grew = declaring.add(model.jsName());
        }
      }
    }
    return declaring;
  }

  /**
   * The toJSON the runtime gives every exposed prototype (docs/OBJECT-MODEL.md): a frozen object of
   * the readable properties, its own and those of the superclass and interfaces it got members
   * from (named through their own toJSON's type). Not declared where the class (or a supertype in
   * this compilation) declares its own toJSON, which the runtime keeps.
   */
  private void toJSON(StringBuilder out, ExposedClass model) {
    if (declaringToJSON.contains(model.jsName())) {
      return;
    }
    out.append(INDENT).append("/** What JSON.stringify sees: a frozen snapshot of the readable properties. */\n")
        .append(INDENT).append("toJSON(): {");
    model.properties().forEach(p -> out.append(" readonly ").append(p.jsName()).append(": ")
        .append(TsTypes.produced(p.type())).append(';'));
    out.append(model.properties().isEmpty() ? "}" : " }");
    model.superclass().ifPresent(s -> out.append(" & ReturnType<").append(s.jsName()).append("[\"toJSON\"]>"));
    model.interfaces().forEach(i -> out.append(" & ReturnType<").append(i.jsName()).append("[\"toJSON\"]>"));
    out.append(";\n");
  }

  /** A constant is a readonly data property; other static fields are accessors, as the runtime defines them. */
  private void staticField(StringBuilder out, ExposedStaticField field) {
    field.java().doc().ifPresent(doc -> comment(out, INDENT, JsDocs.forProperty(doc)));
    if (field.isConstant()) {
      out.append(INDENT).append("static readonly ").append(field.jsName()).append(": ")
          .append(TsTypes.constant(field.type())).append(";\n");
      return;
    }
    out.append(INDENT).append("static get ").append(field.jsName()).append("(): ")
        .append(TsTypes.produced(field.type())).append(";\n");
    if (field.writable()) {
      out.append(INDENT).append("static set ").append(field.jsName()).append("(value: ")
          .append(TsTypes.accepted(field.type())).append(");\n");
    }
  }

  private void constructor(StringBuilder out, ExposedConstructor constructor) {
    Map<String, String> names = parameterNames(constructor.parameters());
    constructor.java().doc().ifPresent(doc -> comment(out, INDENT, JsDocs.forExecutable(doc, names, false)));
    out.append(INDENT).append("constructor(").append(parameters(constructor.parameters(), names)).append(");\n");
  }

  /**
   * The runtime's constructor throws when the class has no JavaScript one. Protected (rather than
   * private) keeps {@code new} out of scripts while still letting an exposed subclass extend it.
   */
  private void noConstructor(StringBuilder out, ExposedClass model) {
    String cannot = "Scripts cannot create a " + model.jsName() + ": `new " + model.jsName() + "()` throws a TypeError.";
    comment(out, INDENT, model.isInterface()
        ? List.of("A Java interface: every object whose Java class implements it is an instance (`instanceof`),",
            "and has its members. " + cannot)
        : List.of(cannot));
    out.append(INDENT).append("protected constructor();\n");
  }

  /** Accessors, as the runtime defines them; a read-only property has a getter only. */
  private void property(StringBuilder out, ExposedProperty property) {
    property.doc().ifPresent(doc -> comment(out, INDENT, JsDocs.forProperty(doc)));
    out.append(INDENT).append("get ").append(property.jsName()).append("(): ")
        .append(TsTypes.produced(property.type())).append(";\n");
    if (property.setter().isPresent()) {
      out.append(INDENT).append("set ").append(property.jsName()).append("(value: ")
          .append(TsTypes.accepted(property.type())).append(");\n");
    }
  }

  private void method(StringBuilder out, ExposedMethod method, String modifier) {
    Map<String, String> names = parameterNames(method.parameters());
    boolean returnsValue = method.returns().kind() != JsTypeRef.Kind.VOID;
    method.java().doc().ifPresent(doc -> comment(out, INDENT, JsDocs.forExecutable(doc, names, returnsValue)));
    out.append(INDENT).append(modifier).append(method.jsName()).append('(')
        .append(parameters(method.parameters(), names)).append("): ")
        .append(TsTypes.produced(method.returns())).append(";\n");
  }

  private static String parameters(List<ExposedParameter> parameters, Map<String, String> names) {
    return parameters.stream()
        .map(p -> switch (p.mode()) {
          case REQUIRED -> names.get(p.name()) + ": " + TsTypes.accepted(p.type());
          case OPTIONAL -> names.get(p.name()) + "?: " + TsTypes.accepted(p.type());
          case REST -> "..." + names.get(p.name()) + ": " + TsTypes.array(p.type());
        })
        .collect(Collectors.joining(", "));
  }

  /**
   * Java parameter names → declaration names. Class bodies are strict-mode code, where names
   * like {@code arguments}, {@code eval} or {@code let} cannot name a parameter; they get a
   * trailing {@code _}, as many as it takes to stay unique.
   */
  static Map<String, String> parameterNames(List<ExposedParameter> parameters) {
    Set<String> javaNames = parameters.stream().map(ExposedParameter::name).collect(Collectors.toSet());
    Set<String> taken = new HashSet<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (ExposedParameter parameter : parameters) {
      String name = parameter.name();
      if (JsNames.isStrictModeReserved(name)) {
        do {
          name += "_";
        } while (javaNames.contains(name) || taken.contains(name));
      }
      taken.add(name);
      names.put(parameter.name(), name);
    }
    return names;
  }

  private static void comment(StringBuilder out, String indent, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    if (lines.size() == 1) {
      out.append(indent).append("/** ").append(lines.get(0)).append(" */\n");
      return;
    }
    List<String> body = new ArrayList<>();
    lines.forEach(line -> body.add(line.isEmpty() ? indent + " *" : indent + " * " + line));
    out.append(indent).append("/**\n").append(String.join("\n", body)).append('\n')
        .append(indent).append(" */\n");
  }
}
