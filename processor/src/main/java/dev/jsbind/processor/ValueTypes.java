package dev.jsbind.processor;

import dev.jsbind.processor.JsTypeRef.Kind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Types that cross by copy: arrays, {@code List}, {@code Set}, {@code Map<String, V>},
 * {@code Optional} and {@code @JsValue} classes. Maps them for {@link TypeMapper} (their elements
 * with the same rules as any type) and describes them in TypeScript.
 */
final class ValueTypes {
  private static final Map<String, Kind> COLLECTIONS = Map.of(
      "java.util.List", Kind.LIST,
      "java.util.Set", Kind.SET,
      "java.util.Map", Kind.MAP,
      "java.util.Optional", Kind.OPTIONAL);

  private static final Map<String, Kind> PRIMITIVE_OPTIONALS = Map.of(
      "java.util.OptionalInt", Kind.INT,
      "java.util.OptionalLong", Kind.LONG,
      "java.util.OptionalDouble", Kind.DOUBLE);

  private final TypeMapper mapper;
  private final Diagnostics diagnostics;

  ValueTypes(TypeMapper mapper, Diagnostics diagnostics) {
    this.mapper = mapper;
    this.diagnostics = diagnostics;
  }

  /** Kinds whose {@code arguments} hold their element type. */
  static boolean isCollection(Kind kind) {
    return kind == Kind.ARRAY || kind == Kind.LIST || kind == Kind.SET || kind == Kind.MAP || kind == Kind.OPTIONAL;
  }

  /** Kinds copied across rather than passed as a primitive, string or reference. */
  static boolean isCopied(Kind kind) {
    return isCollection(kind) || kind == Kind.VALUE;
  }

  /**
   * {@code OptionalInt}, {@code OptionalLong} and {@code OptionalDouble}: an {@link Kind#OPTIONAL}
   * of the primitive (which no {@code Optional<T>} can have, so the kind names them unambiguously).
   */
  static Optional<JsTypeRef> primitiveOptional(TypeElement element) {
    Kind primitive = PRIMITIVE_OPTIONALS.get(element.getQualifiedName().toString());
    return primitive == null ? Optional.empty() : Optional.of(JsTypeRef.collection(Kind.OPTIONAL, JsTypeRef.of(primitive)));
  }

  static Optional<Kind> collectionKind(TypeElement element) {
    return Optional.ofNullable(COLLECTIONS.get(element.getQualifiedName().toString()));
  }

  /** The name of the generated shape of a {@code @JsValue} class: {@code Outer_Inner_JsValue}. */
  static String shapeName(JavaClassRef type) {
    return String.join("_", type.simpleNames()) + "_JsValue";
  }

  /** A {@code List<E>}, {@code Set<E>}, {@code Map<String, V>} or {@code Optional<E>}. */
  Optional<JsTypeRef> collection(DeclaredType type, Kind kind, Site site) {
    if (type.getTypeArguments().isEmpty()) {
      return reject(type, site, "a raw " + type + " says nothing about its elements; give its type arguments");
    }
    TypeMirror element = type.getTypeArguments().get(type.getTypeArguments().size() - 1);
    TypeMirror key = type.getTypeArguments().get(0);
    if (kind == Kind.MAP && !isString(key) && !isEnum(key)) {
      return reject(type, site, "map keys must be String or an enum (they become JavaScript property names)");
    }
    if (element.getKind() == TypeKind.WILDCARD) {
      return reject(type, site, "wildcard type arguments are not supported; name the element type itself");
    }
    Optional<JsTypeRef> mapped = mapper.insideCopy(mapper.map(element, TypeMapper.Use.PARAMETER, site), element, site);
    if (mapped.isEmpty()) {
      return Optional.empty();
    }
    if (kind == Kind.OPTIONAL && mapped.get().kind() == Kind.OPTIONAL) {
      return reject(type, site, "an Optional of an Optional cannot cross: both are undefined when empty");
    }
    if (kind == Kind.MAP && isEnum(key)) {
      // Keyed by an enum: arguments are the value type, then the key type.
      return mapper.map(key, TypeMapper.Use.PARAMETER, site).map(k ->
          new JsTypeRef(Kind.MAP, null, null, List.of(), false, List.of(mapped.get(), k)));
    }
    return Optional.of(JsTypeRef.collection(kind, mapped.get()));
  }

  /** The enum keys of a map, if they are not strings. */
  static Optional<JsTypeRef> mapKeys(JsTypeRef map) {
    return map.arguments().size() > 1 ? Optional.of(map.arguments().get(1)) : Optional.empty();
  }

  private static boolean isEnum(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM;
  }

  /** {@code int[]}, {@code String[]}, {@code Point[][]}: any array but one of a generic type. */
  Optional<JsTypeRef> array(ArrayType type, Site site) {
    TypeMirror component = type.getComponentType();
    if (component.getKind() == TypeKind.DECLARED && !((DeclaredType) component).getTypeArguments().isEmpty()) {
      return reject(type, site, "an array of a generic type cannot be created without reflection; use a List");
    }
    return mapper.insideCopy(mapper.map(component, TypeMapper.Use.PARAMETER, site), component, site)
        .map(e -> JsTypeRef.collection(Kind.ARRAY, e));
  }

  /** A {@code @JsValue} class, which TypeScript knows as an interface of its simple name. */
  static JsTypeRef valueRef(TypeElement element) {
    return JsTypeRef.value(TypeMapper.classRef(element), element.getSimpleName().toString());
  }

  private static boolean isString(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.lang.String");
  }

  private Optional<JsTypeRef> reject(TypeMirror type, Site site, String reason) {
    diagnostics.error(site.element(), Message.UNSUPPORTED_TYPE, site.description(), type, reason);
    return Optional.empty();
  }

  // ---- TypeScript ----

  /** What JavaScript may pass: {@code number[]}, {@code Set<string | null>}, {@code Record<string, Point>}. */
  static String accepted(JsTypeRef type) {
    String ts = shape(type, true);
    return type.nullableObject() ? ts + " | null" : ts;
  }

  /** What JavaScript gets back: a copied result may be null at the top level, as an exposed object may. */
  static String produced(JsTypeRef type) {
    String ts = shape(type, false);
    return type.kind() == Kind.OPTIONAL ? ts : ts + " | null";
  }

  /** The type without a top-level null; elements as each direction has them. */
  private static String shape(JsTypeRef type, boolean accepted) {
    return switch (type.kind()) {
      case ARRAY, LIST -> parenthesized(element(type.element(), accepted)) + "[]";
      case SET -> "Set<" + element(type.element(), accepted) + ">";
      // Keyed by an enum, a map need not have every constant.
      case MAP -> mapKeys(type)
          .map(k -> "Partial<Record<" + withoutNull(TsTypes.accepted(k)) + ", " + element(type.element(), accepted) + ">>")
          .orElse("Record<string, " + element(type.element(), accepted) + ">");
      // An Optional never holds null: empty is undefined.
      case OPTIONAL -> withoutNull(element(type.element(), accepted)) + " | undefined";
      case VALUE -> type.jsName();
      default -> throw new IllegalArgumentException(type.kind() + " is not copied");
    };
  }

  /** An element: null only where its type accepts it (a nested copied value is not, unless @JsNullable). */
  static String element(JsTypeRef element, boolean accepted) {
    if (isCopied(element.kind())) {
      // Null only as a @JsNullable component of a value.
      return element.nullableObject() ? shape(element, accepted) + " | null" : shape(element, accepted);
    }
    return accepted ? TsTypes.accepted(element) : TsTypes.produced(element);
  }

  private static String withoutNull(String ts) {
    return ts.endsWith(" | null") ? ts.substring(0, ts.length() - " | null".length()) : ts;
  }

  /** An array element type needs parentheses when it is a union (outside any type arguments). */
  private static String parenthesized(String ts) {
    int depth = 0;
    for (char c : ts.toCharArray()) {
      depth += c == '<' ? 1 : c == '>' ? -1 : 0;
      if (c == '|' && depth == 0) {
        return "(" + ts + ")";
      }
    }
    return ts;
  }
}
