package dev.jsbind.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
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
    Optional<JsTypeRef> returns = parameters.isEmpty()
        ? Optional.empty()
        : typeMapper.map(resolved.getReturnType(), TypeMapper.Use.RETURN, Site.of(exposed, method));
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
    for (int i = 0; i < executable.getParameters().size(); i++) {
      TypeMirror type = resolved.getParameterTypes().get(i);
      var parameter = executable.getParameters().get(i);
      Optional<JsTypeRef> mapped =
          typeMapper.map(type, TypeMapper.Use.PARAMETER, Site.of(exposed, parameter));
      allMapped &= mapped.isPresent();
      mapped.ifPresent(t -> parameters.add(new ExposedParameter(parameter.getSimpleName().toString(), t)));
    }
    return allMapped ? Optional.of(parameters) : Optional.empty();
  }
}
