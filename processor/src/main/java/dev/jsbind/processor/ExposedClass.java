package dev.jsbind.processor;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything a writer needs to know about one exposed class, after validation. Members are kept
 * sorted by JavaScript name so that output never depends on declaration order. {@code superclass}
 * is the nearest superclass that is exposed too: the JavaScript class extends it. {@code interfaces}
 * are the nearest exposed interfaces among its supertypes (those of an exposed superclass left to
 * it): the runtime copies their members onto its prototype. {@code constructors} are those JavaScript
 * {@code new} dispatches between (by argument count, then value kind, as overloads). An exposed
 * interface ({@code isInterface}) has no constructor and no superclass.
 */
record ExposedClass(
    JavaClassRef type,
    String jsName,
    boolean isInterface,
    Optional<JsTypeRef> superclass,
    List<JsTypeRef> interfaces,
    Optional<String> doc,
    List<ExposedConstructor> constructors,
    List<ExposedMethod> methods,
    List<ExposedProperty> properties,
    List<ExposedMethod> staticMethods,
    List<ExposedStaticField> staticFields) {

  ExposedClass {
    interfaces = List.copyOf(interfaces);
    constructors = sorted(constructors, Comparator.<ExposedConstructor>comparingInt(c -> c.parameters().size())
        .thenComparing(c -> c.java().signature()));
    methods = sorted(methods, OVERLOADS);
    properties = sorted(properties, Comparator.comparing(ExposedProperty::jsName));
    staticMethods = sorted(staticMethods, OVERLOADS);
    staticFields = sorted(staticFields, Comparator.comparing(ExposedStaticField::jsName));
  }

  /** By name; overloads by number of parameters, then by Java signature. */
  private static final Comparator<ExposedMethod> OVERLOADS = Comparator.comparing(ExposedMethod::jsName)
      .thenComparingInt(m -> m.parameters().size())
      .thenComparing(m -> m.java().signature());

  private static <T> List<T> sorted(List<T> members, Comparator<T> byName) {
    return members.stream().sorted(byName).toList();
  }
}
