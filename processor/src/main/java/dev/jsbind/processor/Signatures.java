package dev.jsbind.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Turns constructors and methods into model objects, mapping every parameter and the return type. */
final class Signatures {
  private final Types types;
  private final TypeMapper typeMapper;
  private final JavaMembers javaMembers;
  private final Diagnostics diagnostics;

  Signatures(Types types, TypeMapper typeMapper, JavaMembers javaMembers, Diagnostics diagnostics) {
    this.types = types;
    this.typeMapper = typeMapper;
    this.javaMembers = javaMembers;
    this.diagnostics = diagnostics;
  }

  Optional<ExposedConstructor> constructor(TypeElement exposed, ExecutableElement constructor) {
    ExecutableType type = (ExecutableType) constructor.asType();
    return parameters(exposed, constructor, type)
        .map(parameters -> new ExposedConstructor(parameters, javaMembers.ofExecutable(constructor, type)));
  }

  Optional<ExposedMethod> method(TypeElement exposed, ExecutableElement method, String jsName) {
    ExecutableType resolved = resolvedType(exposed, method);
    Optional<List<ExposedParameter>> parameters = parameters(exposed, method, resolved);
    Site site = Site.of(exposed, method);
    // Results may be null anyway: @JsNullable on a method documents that, unless it cannot be.
    Optional<JsTypeRef> returns = parameters.isEmpty()
        ? Optional.empty()
        : typeMapper.map(resolved.getReturnType(), TypeMapper.Use.RETURN, site)
            .flatMap(r -> typeMapper.applyNullable(Nullability.declaredOn(method), resolved.getReturnType(), r, site)
                .map(checked -> r));
    if (parameters.isEmpty() || returns.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ExposedMethod(jsName, method.getSimpleName().toString(), returns.get(),
        parameters.get(), javaMembers.ofExecutable(method, resolved)));
  }

  /**
   * The member's type as seen from the exposed class, so that a method inherited from
   * {@code Base<String>} takes and returns {@code String} rather than {@code T}.
   */
  ExecutableType resolvedType(TypeElement exposed, ExecutableElement executable) {
    return (ExecutableType) types.asMemberOf((DeclaredType) exposed.asType(), executable);
  }

  private Optional<List<ExposedParameter>> parameters(
      TypeElement exposed, ExecutableElement executable, ExecutableType resolved) {
    if (!executable.getTypeParameters().isEmpty()) {
      Site site = Site.of(exposed, executable);
      diagnostics.error(site.element(), Message.TYPE_VARIABLE, site.description(),
          executable.getTypeParameters().stream()
              .map(TypeParameterElement::getSimpleName)
              .collect(Collectors.joining(", ")),
          "Generic methods and constructors cannot be exposed; use concrete types, or add @JsIgnore.");
      return Optional.empty();
    }
    List<ExposedParameter> parameters = new ArrayList<>();
    boolean allMapped = true;
    int count = executable.getParameters().size();
    for (int i = 0; i < count; i++) {
      TypeMirror declared = resolved.getParameterTypes().get(i);
      var parameter = executable.getParameters().get(i);
      Site site = Site.of(exposed, parameter);
      boolean rest = executable.isVarArgs() && i == count - 1;
      // A varargs parameter crosses as its elements, the trailing arguments.
      TypeMirror type = rest ? ((ArrayType) declared).getComponentType() : declared;
      boolean optional = Annotations.OPTIONAL.isOn(parameter);
      if (optional && !validOptional(executable, i, type, rest, site)) {
        allMapped = false;
      }
      ExposedParameter.Mode mode = rest ? ExposedParameter.Mode.REST
          : optional ? ExposedParameter.Mode.OPTIONAL : ExposedParameter.Mode.REQUIRED;
      Optional<JsTypeRef> mapped = typeMapper.map(type, TypeMapper.Use.PARAMETER, site)
          .flatMap(t -> typeMapper.applyNullable(Nullability.declaredOn(parameter), type, t, site));
      if (optional && mapped.isPresent() && mapped.get().kind().isComposite()) {
        mapped = mapped.map(JsTypeRef::acceptingNull); // omitted: Java gets null, so null is accepted too
      }
      if (rest && mapped.isPresent() && ValueTypes.isCopied(mapped.get().kind())) {
        diagnostics.error(site.element(), Message.UNSUPPORTED_TYPE, site.description(), declared,
            "varargs of arrays, collections or @JsValue objects cannot cross; take a List of them instead");
        mapped = Optional.empty();
      } else if (rest && mapped.isPresent() && mapped.get().kind().isComposite()) {
        diagnostics.error(site.element(), Message.UNSUPPORTED_TYPE, site.description(), declared,
            "varargs of functions or futures are not supported");
        mapped = Optional.empty();
      }
      allMapped &= mapped.isPresent();
      mapped.ifPresent(t -> parameters.add(new ExposedParameter(parameter.getSimpleName().toString(), t, mode)));
    }
    return allMapped ? Optional.of(parameters) : Optional.empty();
  }

  /**
   * An optional parameter must be able to hold null (Java gets null when it is omitted) and be
   * followed only by optional ones or the varargs one; a varargs parameter may be empty anyway.
   */
  private boolean validOptional(ExecutableElement executable, int index, TypeMirror type, boolean rest, Site site) {
    if (rest) {
      diagnostics.error(site.element(), Message.INVALID_OPTIONAL, site.description(),
          "it is a varargs parameter, which JavaScript may leave empty anyway", "Remove @JsOptional.");
      return false;
    }
    if (type.getKind().isPrimitive()) {
      diagnostics.error(site.element(), Message.INVALID_OPTIONAL, site.description(),
          "its type " + type + " cannot be null, which is what Java gets when JavaScript omits it",
          "Use its box (" + types.boxedClass((javax.lang.model.type.PrimitiveType) type).getSimpleName()
              + "), or remove @JsOptional.");
      return false;
    }
    int count = executable.getParameters().size();
    for (int next = index + 1; next < count; next++) {
      var following = executable.getParameters().get(next);
      boolean followingRest = executable.isVarArgs() && next == count - 1;
      if (!followingRest && !Annotations.OPTIONAL.isOn(following)) {
        diagnostics.error(site.element(), Message.INVALID_OPTIONAL, site.description(),
            "the required parameter '" + following.getSimpleName() + "' follows it",
            "Only trailing parameters can be optional: make the ones after it @JsOptional too, or move it to the end.");
        return false;
      }
    }
    return true;
  }
}
