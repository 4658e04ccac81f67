package dev.jsbind.processor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Validates one {@code @JsExposed} class and builds its model. Reports every problem it finds
 * (not just the first), and returns a model only when the class reported none.
 */
final class ExposedClassValidator {
  private static final long MAX_SAFE_INTEGER = 9007199254740991L;

  private final Diagnostics diagnostics;
  private final NameResolver names;
  private final Signatures signatures;
  private final DeclaredMemberChecks memberChecks;
  private final ConstructorSelector constructors;
  private final MemberScanner scanner;
  private final PropertyAssembler properties;
  private final NameClashCheck clashes;
  private final JavaMembers javaMembers;
  private final TypeMapper typeMapper;

  ExposedClassValidator(Elements elements, Types types, Diagnostics diagnostics) {
    TypeMapper typeMapper = new TypeMapper(diagnostics, types, elements);
    this.typeMapper = typeMapper;
    this.diagnostics = diagnostics;
    this.names = new NameResolver(diagnostics);
    this.javaMembers = new JavaMembers(elements);
    this.signatures = new Signatures(types, typeMapper, javaMembers, diagnostics);
    this.memberChecks = new DeclaredMemberChecks(diagnostics);
    this.constructors = new ConstructorSelector(signatures, diagnostics);
    this.scanner = new MemberScanner(elements, types);
    this.clashes = new NameClashCheck(diagnostics);
    this.properties = new PropertyAssembler(types, typeMapper, javaMembers, names, clashes, diagnostics);
  }

  Optional<ExposedClass> validate(TypeElement type) {
    int errorsBefore = diagnostics.errorCount();
    // Members of an enum, a record or a generic class can't be judged meaningfully; stop at the type.
    if (!isClass(type) || isGeneric(type)) {
      return Optional.empty();
    }
    checkReachable(type);
    Optional<String> jsName = names.resolve(type, Annotations.EXPOSED, type.getSimpleName().toString(),
        JsNames.Scope.GLOBAL, Site.ofClass(type));
    memberChecks.check(type);
    List<ExposedConstructor> constructorList =
        constructors.select(type, jsName.orElse(type.getSimpleName().toString()));
    MemberScanner.Scanned scanned = scanner.scan(type);
    List<Named<ExposedMethod>> methods = instanceMethods(type, scanned.instanceMembers());
    List<Named<ExposedProperty>> props = properties.assemble(type, scanned.instanceMembers());
    List<Named<ExposedMethod>> statics = staticMethods(type, scanned.staticMethods());
    List<Named<ExposedStaticField>> staticFields = staticFields(type, scanned.staticFields());
    List<Named<?>> prototype = new ArrayList<>(methods);
    prototype.addAll(props);
    clashes.check(prototype, NameClashCheck.ON_PROTOTYPE);
    List<Named<?>> constructorMembers = new ArrayList<>(statics);
    constructorMembers.addAll(staticFields);
    clashes.check(constructorMembers, NameClashCheck.AMONG_STATICS);
    if (diagnostics.errorCount() != errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new ExposedClass(TypeMapper.classRef(type), jsName.orElseThrow(),
        type.getKind() == ElementKind.INTERFACE, exposedSuperclass(type), exposedInterfaces(type), javaMembers.ofClass(type).doc(), constructorList,
        models(methods), models(props), models(statics), models(staticFields)));
  }

  /**
   * The nearest exposed superclass, which the runtime makes the JavaScript superclass (its
   * members are reached through the prototype chain, so this class's binding leaves them out).
   */
  private static Optional<JsTypeRef> exposedSuperclass(TypeElement type) {
    for (TypeMirror superclass = type.getSuperclass(); superclass.getKind() == TypeKind.DECLARED; ) {
      TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
      if (Annotations.EXPOSED.isOn(element)) {
        return Optional.of(TypeMapper.exposedRef(element));
      }
      superclass = element.getSuperclass();
    }
    return Optional.empty();
  }

  /**
   * The nearest exposed interfaces among {@code type}'s supertypes: its direct superinterfaces that
   * are exposed, and those found through the ones that are not and through superclasses that are
   * not (an exposed superclass lists its own). In declaration order, without repeats.
   */
  private static List<JsTypeRef> exposedInterfaces(TypeElement type) {
    Set<String> seen = new LinkedHashSet<>();
    List<JsTypeRef> found = new ArrayList<>();
    collectInterfaces(type, seen, found);
    return found;
  }

  private static void collectInterfaces(TypeElement type, Set<String> seen, List<JsTypeRef> found) {
    for (TypeMirror superinterface : type.getInterfaces()) {
      TypeElement element = (TypeElement) ((DeclaredType) superinterface).asElement();
      if (!seen.add(element.getQualifiedName().toString())) {
        continue;
      }
      if (Annotations.EXPOSED.isOn(element)) {
        found.add(TypeMapper.exposedRef(element));
      } else {
        collectInterfaces(element, seen, found);
      }
    }
    if (type.getSuperclass().getKind() == TypeKind.DECLARED) {
      TypeElement superclass = (TypeElement) ((DeclaredType) type.getSuperclass()).asElement();
      if (!Annotations.EXPOSED.isOn(superclass)) {
        collectInterfaces(superclass, seen, found);
      }
    }
  }

  private boolean isClass(TypeElement type) {
    if (type.getKind() == ElementKind.CLASS || type.getKind() == ElementKind.INTERFACE) {
      return true;
    }
    String kind = switch (type.getKind()) {
      case ENUM -> "an enum";
      case RECORD -> "a record";
      case ANNOTATION_TYPE -> "an annotation type";
      default -> type.getKind().toString().toLowerCase(Locale.ROOT);
    };
    diagnostics.error(type, Message.NOT_A_CLASS, type.getQualifiedName(), kind);
    return false;
  }

  private boolean isGeneric(TypeElement type) {
    if (type.getTypeParameters().isEmpty()) {
      return false;
    }
    diagnostics.error(type, Message.TYPE_VARIABLE, Site.describe(type),
        type.getTypeParameters().stream()
            .map(TypeParameterElement::getSimpleName)
            .collect(Collectors.joining(", ")),
        "Expose a non-generic subclass that fixes the type arguments instead.");
    return true;
  }

  /** The binding lives in the class's package but the runtime also needs public access. */
  private void checkReachable(TypeElement type) {
    if (!type.getModifiers().contains(Modifier.PUBLIC)) {
      diagnostics.error(type, Message.CLASS_NOT_PUBLIC, Site.describe(type), "it", "it");
    }
    for (Element outer = type.getEnclosingElement(); outer instanceof TypeElement enclosing;
        outer = outer.getEnclosingElement()) {
      if (!enclosing.getModifiers().contains(Modifier.PUBLIC)) {
        diagnostics.error(type, Message.CLASS_NOT_PUBLIC, "Enclosing " + Site.describe(enclosing),
            type.getSimpleName(), enclosing.getSimpleName());
      }
    }
    if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
      diagnostics.error(type, Message.INNER_CLASS, Site.describe(type));
    }
  }

  /**
   * The class's own instance methods, then the inherited overloads of their names that its
   * exposed supertypes declare (see {@link MemberScanner#inheritedOverloads}).
   */
  private List<Named<ExposedMethod>> instanceMethods(TypeElement type, List<Element> members) {
    List<Named<ExposedMethod>> methods = new ArrayList<>();
    for (int position = 0; position < members.size(); position++) {
      if (members.get(position) instanceof ExecutableElement method && !PropertyAssembler.isProperty(method)) {
        method(type, method, JsNames.Scope.PROTOTYPE, position).ifPresent(methods::add);
      }
    }
    Set<String> ownNames = methods.stream().map(Named::jsName).collect(Collectors.toSet());
    List<ExecutableElement> own = members.stream()
        .filter(m -> m instanceof ExecutableElement && !PropertyAssembler.isProperty(m))
        .map(m -> (ExecutableElement) m)
        .toList();
    List<ExecutableElement> inherited = scanner.inheritedOverloads(type, ownNames, own);
    // Counted as declared before the class's own, so that a problem with the set is reported on
    // the class's own method, the one its author can rename.
    for (int i = 0; i < inherited.size(); i++) {
      method(type, inherited.get(i), JsNames.Scope.PROTOTYPE, i - inherited.size()).ifPresent(methods::add);
    }
    return methods;
  }

  private List<Named<ExposedMethod>> staticMethods(TypeElement type, List<ExecutableElement> members) {
    List<Named<ExposedMethod>> methods = new ArrayList<>();
    for (int position = 0; position < members.size(); position++) {
      method(type, members.get(position), JsNames.Scope.STATIC, position).ifPresent(methods::add);
    }
    return methods;
  }

  /** Static fields come after the static methods in declaration order, for "the second of two clashing members". */
  private List<Named<ExposedStaticField>> staticFields(TypeElement type, List<VariableElement> fields) {
    List<Named<ExposedStaticField>> result = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      VariableElement field = fields.get(i);
      Site site = Site.of(type, field);
      String javaName = field.getSimpleName().toString();
      Optional<String> jsName = names.resolve(field, Annotations.PROPERTY, javaName, JsNames.Scope.STATIC, site);
      Optional<JsTypeRef> mapped = typeMapper.map(field.asType(), TypeMapper.Use.PROPERTY, site)
          .flatMap(t -> typeMapper.applyNullable(Nullability.declaredOn(field), field.asType(), t, site));
      if (jsName.isEmpty() || mapped.isEmpty()) {
        continue;
      }
      boolean isFinal = field.getModifiers().contains(Modifier.FINAL);
      Optional<Object> constant = isFinal ? constantValue(field, mapped.get()) : Optional.empty();
      result.add(new Named<>(jsName.get(), site, Integer.MAX_VALUE / 2 + i, new ExposedStaticField(
          jsName.get(), javaName, mapped.get(), !isFinal, constant, javaMembers.ofField(field, field.asType()))));
    }
    return result;
  }

  /**
   * The value of a compile-time constant of a primitive or String type, unless JavaScript cannot
   * hold it exactly (a long beyond 2^53-1 stays a getter, whose read is a RangeError).
   */
  private static Optional<Object> constantValue(VariableElement field, JsTypeRef type) {
    Object value = field.getConstantValue();
    if (value == null || type.kind().name().startsWith("BOXED_")) {
      return Optional.empty();
    }
    if (value instanceof Long n && (n > MAX_SAFE_INTEGER || n < -MAX_SAFE_INTEGER)) {
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private Optional<Named<ExposedMethod>> method(
      TypeElement type, ExecutableElement method, JsNames.Scope scope, int position) {
    Site site = Site.of(type, method);
    Optional<String> jsName =
        names.resolve(method, Annotations.METHOD, method.getSimpleName().toString(), scope, site);
    // Map the signature even when the name is bad, so that all of a method's problems show at once.
    Optional<ExposedMethod> model = signatures.method(type, method, jsName.orElse(""));
    return jsName.isPresent() && model.isPresent()
        ? Optional.of(new Named<>(jsName.get(), site, position, model.get()))
        : Optional.empty();
  }

  private static <T> List<T> models(List<Named<T>> named) {
    return named.stream().map(Named::model).toList();
  }
}
