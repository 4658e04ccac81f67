package dev.jsbind.processor;

import dev.jsbind.processor.JsTypeRef.FunctionShape;
import dev.jsbind.processor.JsTypeRef.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Maps the types that carry behaviour rather than data: functional interfaces (a JavaScript
 * function on the other side), {@code CompletableFuture}/{@code CompletionStage} (a
 * {@code Promise}) and {@code Iterable}/{@code Iterator} returned to JavaScript (iterable with
 * {@code for…of}). The types inside them are mapped by {@link TypeMapper}, with the direction
 * flipped for a function's parameters: JavaScript receives what Java passes to them.
 *
 * <p>A functional interface is one annotated with {@code @FunctionalInterface} (all of
 * {@code java.util.function}, {@code Runnable}, {@code Callable}, {@code Comparator}…): an
 * interface that merely happens to have one abstract method is rejected with a hint, since adding
 * a method to it later would silently change what JavaScript sees. Wildcards stand for their
 * bound: {@code Function<? super String, ? extends Number>} is a {@code Function<String, Number>}.
 */
final class CompositeTypes {
  private static final String FUTURE = "java.util.concurrent.CompletableFuture";
  private static final String STAGE = "java.util.concurrent.CompletionStage";
  private static final String ITERABLE = "java.lang.Iterable";
  private static final String ITERATOR = "java.util.Iterator";
  private static final String VOID = "java.lang.Void";
  private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString");

  private final TypeMapper mapper;
  private final Diagnostics diagnostics;
  private final Types types;
  private final Elements elements;

  CompositeTypes(TypeMapper mapper, Diagnostics diagnostics, Types types, Elements elements) {
    this.mapper = mapper;
    this.diagnostics = diagnostics;
    this.types = types;
    this.elements = elements;
  }

  /** Whether {@code element} is a type this class maps (an exposed interface is an object instead). */
  static boolean handles(TypeElement element) {
    String name = element.getQualifiedName().toString();
    return name.equals(FUTURE) || name.equals(STAGE) || name.equals(ITERABLE) || name.equals(ITERATOR)
        || element.getKind() == ElementKind.INTERFACE && isAnnotatedFunctional(element)
        && !Annotations.EXPOSED.isOn(element);
  }

  /** Whether {@code element} is an interface with one abstract method but no {@code @FunctionalInterface}. */
  boolean looksFunctional(TypeElement element) {
    return element.getKind() == ElementKind.INTERFACE && !isAnnotatedFunctional(element)
        && abstractMethods(element).size() == 1;
  }

  Optional<JsTypeRef> map(DeclaredType type, TypeMapper.Use use, Site site) {
    TypeElement element = (TypeElement) type.asElement();
    if (type.getTypeArguments().isEmpty() && !element.getTypeParameters().isEmpty()) {
      diagnostics.error(site.element(), Message.RAW_TYPE, site.description(), type,
          "Add its type arguments (" + element.getSimpleName() + "<" + element.getTypeParameters().stream()
              .map(p -> p.getSimpleName().toString()).collect(Collectors.joining(", ")) + ">).");
      return Optional.empty();
    }
    List<TypeMirror> arguments = new ArrayList<>();
    for (TypeMirror argument : type.getTypeArguments()) {
      Optional<TypeMirror> bound = bound(argument, type, site);
      if (bound.isEmpty()) {
        return Optional.empty();
      }
      arguments.add(bound.get());
    }
    String name = element.getQualifiedName().toString();
    JavaClassRef javaClass = TypeMapper.classRef(element);
    switch (name) {
      case FUTURE:
      case STAGE:
        TypeMirror value = arguments.get(0);
        // CompletableFuture<Void>: the promise settles with undefined (and Java ignores the value).
        if (isVoid(value)) {
          return Optional.of(JsTypeRef.container(Kind.PROMISE, javaClass, JsTypeRef.of(Kind.VOID)));
        }
        return mapper.insideLive(mapper.map(value, use, site), value, site)
            .map(v -> JsTypeRef.container(Kind.PROMISE, javaClass, v));
      case ITERABLE:
      case ITERATOR:
        if (use != TypeMapper.Use.RETURN) {
          diagnostics.error(site.element(), Message.UNSUPPORTED_TYPE, site.description(), type,
              "an Iterable or Iterator can only be returned to JavaScript (by a method), not taken from it");
          return Optional.empty();
        }
        return mapper.insideLive(mapper.map(arguments.get(0), TypeMapper.Use.RETURN, site), arguments.get(0), site)
            .map(e -> JsTypeRef.container(name.equals(ITERABLE) ? Kind.ITERABLE : Kind.ITERATOR, javaClass, e));
      default:
        return function(element, arguments, use, site);
    }
  }

  private Optional<TypeMirror> bound(TypeMirror argument, DeclaredType type, Site site) {
    if (argument.getKind() != TypeKind.WILDCARD) {
      return Optional.of(argument);
    }
    WildcardType wildcard = (WildcardType) argument;
    TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
    if (bound == null) {
      diagnostics.error(site.element(), Message.UNBOUNDED_WILDCARD, site.description(), type);
      return Optional.empty();
    }
    return Optional.of(bound);
  }

  private Optional<JsTypeRef> function(TypeElement element, List<TypeMirror> arguments, TypeMapper.Use use, Site site) {
    List<ExecutableElement> candidates = abstractMethods(element);
    if (candidates.size() != 1) {
      // @FunctionalInterface guarantees one; javac has reported the interface already.
      diagnostics.error(site.element(), Message.UNSUPPORTED_TYPE, site.description(), element.asType(),
          "it has " + candidates.size() + " abstract methods");
      return Optional.empty();
    }
    ExecutableElement method = candidates.get(0);
    if (!method.getTypeParameters().isEmpty()) {
      diagnostics.error(site.element(), Message.GENERIC_FUNCTION_METHOD, site.description(), element.getQualifiedName(),
          method.getSimpleName(), method.getTypeParameters().stream()
              .map(p -> p.getSimpleName().toString()).collect(Collectors.joining(", ")));
      return Optional.empty();
    }
    List<JsTypeRef> typeArguments = new ArrayList<>();
    for (TypeMirror argument : arguments) {
      // Only named in generated Java; the parameter and result mappings below judge them.
      Optional<JsTypeRef> mapped = isVoid(argument)
          ? Optional.<JsTypeRef>empty()
          : mapper.insideLive(mapper.map(argument, TypeMapper.Use.RETURN, site), argument, site);
      if (mapped.isEmpty()) {
        if (isVoid(argument)) {
          diagnostics.error(site.element(), Message.UNSUPPORTED_TYPE, site.description(), argument,
              "Void is only supported as the value of a CompletableFuture or CompletionStage");
        }
        return Optional.empty();
      }
      typeArguments.add(mapped.get());
    }
    DeclaredType concrete = types.getDeclaredType(element, arguments.toArray(new TypeMirror[0]));
    ExecutableType resolved = (ExecutableType) types.asMemberOf(concrete, method);
    TypeMapper.Use inward = switch (use) {
      case PARAMETER -> TypeMapper.Use.RETURN;
      case RETURN -> TypeMapper.Use.PARAMETER;
      case PROPERTY -> TypeMapper.Use.PROPERTY;
    };
    List<JsTypeRef> params = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < resolved.getParameterTypes().size(); i++) {
      TypeMirror paramType = resolved.getParameterTypes().get(i);
      Optional<JsTypeRef> param = mapper.insideLive(mapper.map(paramType, inward, site), paramType, site);
      if (param.isEmpty()) {
        return Optional.empty();
      }
      params.add(param.get());
      VariableElement declared = method.getParameters().get(i);
      names.add(declared.getSimpleName().toString());
    }
    TypeMirror result = resolved.getReturnType();
    Optional<JsTypeRef> returns = result.getKind() == TypeKind.VOID
        ? Optional.of(JsTypeRef.of(Kind.VOID))
        : mapper.insideLive(mapper.map(result, use == TypeMapper.Use.RETURN ? TypeMapper.Use.RETURN : use, site),
            result, site);
    return returns.map(r -> JsTypeRef.function(TypeMapper.classRef(element), r, params,
        new FunctionShape(method.getSimpleName().toString(), names, typeArguments)));
  }

  private List<ExecutableElement> abstractMethods(TypeElement element) {
    return ElementFilter.methodsIn(elements.getAllMembers(element)).stream()
        .filter(m -> m.getModifiers().contains(Modifier.ABSTRACT))
        .filter(m -> !isObjectMethod(m))
        .toList();
  }

  // equals, hashCode and toString redeclared in an interface (Comparator does) are not abstract there.
  private static boolean isObjectMethod(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    return OBJECT_METHODS.contains(name)
        && method.getParameters().size() == (name.equals("equals") ? 1 : 0);
  }

  private static boolean isAnnotatedFunctional(TypeElement element) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals("java.lang.FunctionalInterface")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVoid(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(VOID);
  }
}
