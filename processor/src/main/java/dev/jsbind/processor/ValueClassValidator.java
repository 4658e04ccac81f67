package dev.jsbind.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Validates one {@code @JsValue} class (see the annotation for the rules) and builds its model.
 * Shape problems are reported on the class, component types on the component.
 */
final class ValueClassValidator {
  private final Elements elements;
  private final Types types;
  private final Diagnostics diagnostics;
  private final TypeMapper typeMapper;

  ValueClassValidator(Elements elements, Types types, Diagnostics diagnostics) {
    this.elements = elements;
    this.types = types;
    this.diagnostics = diagnostics;
    this.typeMapper = new TypeMapper(diagnostics, types, elements);
  }

  Optional<ValueClass> validate(TypeElement type) {
    int errorsBefore = diagnostics.errorCount();
    if (!usableShape(type)) {
      return Optional.empty();
    }
    boolean isRecord = type.getKind() == ElementKind.RECORD;
    List<ValueClass.Component> components = new ArrayList<>();
    List<TypeMirror> componentTypes = new ArrayList<>();
    List<? extends Element> sources = isRecord ? type.getRecordComponents() : publicFields(type);
    for (Element source : sources) {
      String name = source.getSimpleName().toString();
      Element positioned = positioned(type, source);
      Site site = Site.described(positioned, "component '" + name + "' of " + Site.describe(type));
      TypeMirror componentType = source.asType();
      componentTypes.add(componentType);
      // On a record component, @JsNullable (not applicable to components) lands on its field.
      Optional<String> nullable = Nullability.declaredOn(source).or(() -> Nullability.declaredOn(positioned));
      typeMapper.insideCopy(typeMapper.map(componentType, TypeMapper.Use.PROPERTY, site), componentType, site)
          .flatMap(t -> typeMapper.applyNullable(nullable, componentType, t, site))
          .ifPresent(t -> components.add(new ValueClass.Component(name, t, isRecord,
              Optional.ofNullable(elements.getDocComment(source)).map(String::strip).filter(d -> !d.isEmpty()))));
    }
    Optional<ValueClass.Construction> construction = isRecord
        ? Optional.of(ValueClass.Construction.CONSTRUCTOR)
        : construction(type, componentTypes);
    if (construction.isEmpty() || diagnostics.errorCount() != errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new ValueClass(TypeMapper.classRef(type), type.getSimpleName().toString(), construction.get(),
        components, Optional.ofNullable(elements.getDocComment(type)).map(String::strip).filter(d -> !d.isEmpty())));
  }

  /**
   * Where javac can point for a component: a record component has no source position of its own,
   * but the record's private field of the same name has the component's.
   */
  private static Element positioned(TypeElement type, Element component) {
    if (component.getKind() != ElementKind.RECORD_COMPONENT) {
      return component;
    }
    return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
        .filter(f -> f.getSimpleName().equals(component.getSimpleName()))
        .<Element>map(f -> f)
        .findFirst()
        .orElse(type);
  }

  private static List<VariableElement> publicFields(TypeElement type) {
    return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
        .filter(f -> f.getModifiers().contains(Modifier.PUBLIC) && !f.getModifiers().contains(Modifier.STATIC))
        .toList();
  }

  private boolean usableShape(TypeElement type) {
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
      return invalid(type, "it is " + (type.getKind() == ElementKind.ENUM ? "an enum"
          : type.getKind() == ElementKind.INTERFACE ? "an interface" : "an annotation type")
          + ", and only records and classes can be copied", "Use a record, or a class with public fields.");
    }
    if (Annotations.EXPOSED.isOn(type)) {
      diagnostics.error(type, Message.CONFLICTING_ANNOTATIONS, Site.describe(type), "@JsExposed", "@JsValue");
      return false;
    }
    boolean usable = true;
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (!t.getModifiers().contains(Modifier.PUBLIC)) {
        usable = invalid(type, (t.equals(type) ? "it" : "its enclosing class " + t.getSimpleName())
            + " is not public, so generated code cannot reach it", "Make it public.");
      }
    }
    if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
      usable = invalid(type, "it is an inner (non-static) class, which needs an enclosing instance", "Make it static.");
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      usable = invalid(type, "it is abstract, so a copy coming from JavaScript could not be created",
          "Make it concrete.");
    }
    if (!type.getTypeParameters().isEmpty()) {
      usable = invalid(type, "it is generic (" + type.getTypeParameters().stream()
              .map(p -> p.getSimpleName().toString()).collect(Collectors.joining(", "))
              + "), and JavaScript objects carry no type arguments",
          "Use concrete component types, for example a non-generic record per use.");
    }
    return usable;
  }

  /**
   * A public constructor taking the fields' types in order, else a public no-argument constructor
   * when no field is final.
   */
  private Optional<ValueClass.Construction> construction(TypeElement type, List<TypeMirror> fieldTypes) {
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .filter(c -> c.getModifiers().contains(Modifier.PUBLIC))
        .toList();
    for (ExecutableElement constructor : constructors) {
      if (takes(constructor, fieldTypes)) {
        return Optional.of(ValueClass.Construction.CONSTRUCTOR);
      }
    }
    boolean anyFinal = publicFields(type).stream().anyMatch(f -> f.getModifiers().contains(Modifier.FINAL));
    boolean noArguments = constructors.stream().anyMatch(c -> c.getParameters().isEmpty());
    if (noArguments && !anyFinal) {
      return Optional.of(ValueClass.Construction.FIELDS);
    }
    diagnostics.error(type, Message.VALUE_NOT_CONSTRUCTIBLE, Site.describe(type),
        fieldTypes.stream().map(TypeMirror::toString).collect(Collectors.joining(", ", "(", ")")),
        noArguments ? "its no-argument constructor cannot be used because some public fields are final"
            : "it has no public no-argument constructor either",
        KotlinMembers.isKotlin(type)
            // Kotlin keeps a property's field private; @JvmField makes it the public field a copy reads.
            ? "In Kotlin, annotate its properties @JvmField (data class Point(@JvmField val x: Int,"
                + " @JvmField val y: Int)): they then are public fields, in the primary constructor's order."
            : "Add such a constructor, or make it a record.");
    return Optional.empty();
  }

  private boolean takes(ExecutableElement constructor, List<TypeMirror> fieldTypes) {
    List<? extends VariableElement> parameters = constructor.getParameters();
    if (parameters.size() != fieldTypes.size()) {
      return false;
    }
    for (int i = 0; i < parameters.size(); i++) {
      if (!types.isSameType(parameters.get(i).asType(), fieldTypes.get(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean invalid(TypeElement type, String why, String fix) {
    diagnostics.error(type, Message.INVALID_VALUE, Site.describe(type), why, fix);
    return false;
  }
}
