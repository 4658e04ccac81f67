package dev.jsbind.processor;

import dev.jsbind.processor.JsTypeRef.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Decides how a Java type crosses to JavaScript, reporting the types that cannot. */
final class TypeMapper {

  /** Where a type appears; only a return type may be {@code void}. */
  enum Use {
    PARAMETER,
    RETURN,
    PROPERTY
  }

  private static final Map<String, Kind> NAMED_TYPES = Map.of(
      "java.lang.String", Kind.STRING,
      "java.lang.Boolean", Kind.BOXED_BOOLEAN,
      "java.lang.Byte", Kind.BOXED_BYTE,
      "java.lang.Short", Kind.BOXED_SHORT,
      "java.lang.Integer", Kind.BOXED_INT,
      "java.lang.Long", Kind.BOXED_LONG,
      "java.lang.Float", Kind.BOXED_FLOAT,
      "java.lang.Double", Kind.BOXED_DOUBLE,
      "java.lang.Character", Kind.BOXED_CHAR);

  private final Diagnostics diagnostics;
  private final ValueTypes values;
  private final CompositeTypes composites;

  TypeMapper(Diagnostics diagnostics, Types types, Elements elements) {
    this.diagnostics = diagnostics;
    this.values = new ValueTypes(this, diagnostics);
    this.composites = new CompositeTypes(this, diagnostics, types, elements);
  }

  /** The type as JavaScript sees it, or empty after reporting why it cannot cross. */
  Optional<JsTypeRef> map(TypeMirror type, Use use, Site site) {
    if (TypeContents.hasTypeVariable(type)) {
      diagnostics.error(site.element(), Message.TYPE_VARIABLE, site.description(), type,
          "Use a concrete type, or add @JsIgnore to leave the member out.");
      return Optional.empty();
    }
    switch (type.getKind()) {
      case BOOLEAN: return Optional.of(JsTypeRef.of(Kind.BOOLEAN));
      case BYTE: return Optional.of(JsTypeRef.of(Kind.BYTE));
      case SHORT: return Optional.of(JsTypeRef.of(Kind.SHORT));
      case INT: return Optional.of(JsTypeRef.of(Kind.INT));
      case LONG: return Optional.of(JsTypeRef.of(Kind.LONG));
      case FLOAT: return Optional.of(JsTypeRef.of(Kind.FLOAT));
      case DOUBLE: return Optional.of(JsTypeRef.of(Kind.DOUBLE));
      case CHAR: return Optional.of(JsTypeRef.of(Kind.CHAR));
      case VOID:
        return use == Use.RETURN
            ? Optional.of(JsTypeRef.of(Kind.VOID))
            : reject(type, site, "void is only allowed as a return type");
      case DECLARED: return declared((DeclaredType) type, use, site);
      case ARRAY: return values.array((javax.lang.model.type.ArrayType) type, site);
      case ERROR: return reject(type, site, "it could not be resolved");
      default: return reject(type, site, "it is not a class or primitive type");
    }
  }

  /**
   * {@code mapped} as a nullable annotation ({@code @JsNullable}, or another {@code @Nullable}: see
   * {@link Nullability}) makes it: an exposed class then accepts {@code null}; other reference
   * types accept it anyway. On a primitive or {@code void} the annotation is an error (reported;
   * empty).
   *
   * @param annotation the nullable annotation on the element, as {@link Nullability#declaredOn} gives it
   */
  Optional<JsTypeRef> applyNullable(Optional<String> annotation, TypeMirror type, JsTypeRef mapped, Site site) {
    if (annotation.isEmpty()) {
      return Optional.of(mapped);
    }
    if (type.getKind().isPrimitive() || type.getKind() == TypeKind.VOID) {
      String remove = "remove " + annotation.get() + ".";
      diagnostics.error(site.element(), Message.NULLABLE_PRIMITIVE, site.description(), annotation.get(), type,
          type.getKind() == TypeKind.VOID
              ? "R" + remove.substring(1)
              : "Use its box (" + boxName(type) + ") to let JavaScript pass null, or " + remove);
      return Optional.empty();
    }
    return Optional.of(mapped.acceptingNull());
  }

  private static String boxName(TypeMirror primitive) {
    return switch (primitive.getKind()) {
      case INT -> "Integer";
      case CHAR -> "Character";
      default -> {
        String name = primitive.getKind().name().toLowerCase(java.util.Locale.ROOT);
        yield Character.toUpperCase(name.charAt(0)) + name.substring(1);
      }
    };
  }

  private Optional<JsTypeRef> declared(DeclaredType type, Use use, Site site) {
    TypeElement element = (TypeElement) type.asElement();
    Kind named = NAMED_TYPES.get(element.getQualifiedName().toString());
    if (named != null) {
      return Optional.of(JsTypeRef.of(named));
    }
    Optional<JsTypeRef> primitiveOptional = ValueTypes.primitiveOptional(element);
    if (primitiveOptional.isPresent()) {
      return primitiveOptional;
    }
    Optional<Kind> collection = ValueTypes.collectionKind(element);
    if (collection.isPresent()) {
      return values.collection(type, collection.get(), site);
    }
    if (CompositeTypes.handles(element)) {
      return composites.map(type, use, site); // functions, futures, iterables
    }
    if (composites.looksFunctional(element) && !Annotations.EXPOSED.isOn(element)) {
      diagnostics.error(site.element(), Message.NOT_FUNCTIONAL, site.description(), type, element.getSimpleName());
      return Optional.empty();
    }
    if (!type.getTypeArguments().isEmpty() || !element.getTypeParameters().isEmpty()) {
      return reject(type, site, "generic types other than List, Set, Map<String, V>, Optional, functional interfaces, futures, Iterable and Iterator are not supported");
    }
    if (Annotations.VALUE.isOn(element)
        && (element.getKind() == ElementKind.CLASS || element.getKind() == ElementKind.RECORD)) {
      Optional<String> inaccessible = inaccessibleReason(element);
      return inaccessible.isPresent() ? reject(type, site, inaccessible.get()) : Optional.of(ValueTypes.valueRef(element));
    }
    boolean isEnum = element.getKind() == ElementKind.ENUM;
    boolean exposable = element.getKind() == ElementKind.CLASS || element.getKind() == ElementKind.INTERFACE;
    if (!isEnum && !(exposable && Annotations.EXPOSED.isOn(element))) {
      return reject(type, site, describeUnsupported(element));
    }
    Optional<String> inaccessible = inaccessibleReason(element);
    if (inaccessible.isPresent()) {
      return reject(type, site, inaccessible.get());
    }
    return Optional.of(isEnum ? enumRef(element) : exposedRef(element));
  }

  /** An exposed class as a type, named as JavaScript knows it: its {@code @JsExposed} name, else its simple name. */
  static JsTypeRef exposedRef(TypeElement type) {
    return JsTypeRef.exposed(classRef(type),
        Annotations.EXPOSED.nameOn(type).orElse(type.getSimpleName().toString()));
  }

  private static JsTypeRef enumRef(TypeElement type) {
    return JsTypeRef.enumeration(classRef(type), type.getEnclosedElements().stream()
        .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
        .map(e -> e.getSimpleName().toString())
        .toList());
  }

  private static String describeUnsupported(TypeElement element) {
    if (element.getQualifiedName().contentEquals("java.lang.Object")) {
      return "Object says nothing about what JavaScript may pass; declare a supported type";
    }
    if (element.getKind().isInterface()) {
      return "interfaces are not supported";
    }
    return element.getSimpleName() + " is neither an enum nor annotated with @JsExposed or @JsValue";
  }

  // The generated binding and the runtime's reflection must both reach the type.
  private static Optional<String> inaccessibleReason(TypeElement element) {
    for (Element e = element; e instanceof TypeElement type; e = e.getEnclosingElement()) {
      if (!type.getModifiers().contains(Modifier.PUBLIC)) {
        return Optional.of(type.equals(element)
            ? element.getSimpleName() + " is not public"
            : "its enclosing class " + type.getSimpleName() + " is not public");
      }
    }
    return Optional.empty();
  }

  /**
   * {@code mapped} as an element or component of a copied value (an array, collection, Optional or
   * {@code @JsValue} object), or empty after reporting that it cannot be one: a function, future or
   * iterable is a live object, which a copy cannot hold.
   */
  Optional<JsTypeRef> insideCopy(Optional<JsTypeRef> mapped, TypeMirror type, Site site) {
    return mapped.isPresent() && mapped.get().kind().isComposite()
        ? reject(type, site, "functions, futures and iterables cannot be inside an array, collection, Optional or"
            + " @JsValue object, which cross as copies")
        : mapped;
  }

  /**
   * {@code mapped} as a function's parameter or result, a future's value or an iterable's element,
   * or empty after reporting that copied values cannot be one yet.
   */
  Optional<JsTypeRef> insideLive(Optional<JsTypeRef> mapped, TypeMirror type, Site site) {
    return mapped.isPresent() && ValueTypes.isCopied(mapped.get().kind())
        ? reject(type, site, "arrays, collections, Optional and @JsValue objects cannot be the parameters or"
            + " results of functions, the values of futures or the elements of iterables")
        : mapped;
  }

  private Optional<JsTypeRef> reject(TypeMirror type, Site site, String reason) {
    diagnostics.error(site.element(), Message.UNSUPPORTED_TYPE, site.description(), type, reason);
    return Optional.empty();
  }

  static JavaClassRef classRef(TypeElement type) {
    List<String> simpleNames = new ArrayList<>();
    Element e = type;
    for (; e instanceof TypeElement nested; e = e.getEnclosingElement()) {
      simpleNames.add(0, nested.getSimpleName().toString());
    }
    String packageName = e instanceof PackageElement pkg ? pkg.getQualifiedName().toString() : "";
    return new JavaClassRef(packageName, simpleNames);
  }
}
