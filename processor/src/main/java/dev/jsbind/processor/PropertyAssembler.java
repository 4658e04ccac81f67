package dev.jsbind.processor;

import dev.jsbind.processor.ExposedProperty.Access;
import dev.jsbind.processor.ExposedProperty.Via;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Builds properties from public fields and {@code @JsProperty} accessors. Getters and setters
 * pair up by their resulting JavaScript name, so a renamed getter needs the same name on its setter.
 */
final class PropertyAssembler {
  private enum Role { FIELD, GETTER, SETTER }

  /** One field or accessor method contributing to a property. */
  private record Part(Role role, String jsName, Site site, int position, TypeMirror type, Access access,
      boolean writableField, Optional<String> nullable) {}

  private final Types types;
  private final TypeMapper typeMapper;
  private final JavaMembers javaMembers;
  private final NameResolver names;
  private final AccessorParser accessors;
  private final NameClashCheck clashes;
  private final Diagnostics diagnostics;

  PropertyAssembler(Types types, TypeMapper typeMapper, JavaMembers javaMembers, NameResolver names,
      NameClashCheck clashes, Diagnostics diagnostics) {
    this.types = types;
    this.typeMapper = typeMapper;
    this.javaMembers = javaMembers;
    this.names = names;
    this.accessors = new AccessorParser(types, diagnostics);
    this.clashes = clashes;
    this.diagnostics = diagnostics;
  }

  List<Named<ExposedProperty>> assemble(TypeElement type, List<Element> instanceMembers) {
    Map<String, List<Part>> partsByName = new LinkedHashMap<>();
    for (int position = 0; position < instanceMembers.size(); position++) {
      part(type, instanceMembers.get(position), position)
          .ifPresent(p -> partsByName.computeIfAbsent(p.jsName(), name -> new ArrayList<>()).add(p));
    }
    List<Named<ExposedProperty>> properties = new ArrayList<>();
    partsByName.forEach((name, parts) -> property(name, parts).ifPresent(properties::add));
    return properties;
  }

  /** The member's contribution to a property; empty for plain methods and broken members. */
  private Optional<Part> part(TypeElement type, Element member, int position) {
    if (member.getKind() == ElementKind.FIELD) {
      return field(type, member, position);
    }
    if (!Annotations.PROPERTY.isOn(member)) {
      return Optional.empty();
    }
    ExecutableElement method = (ExecutableElement) member;
    return accessors.parse(type, method).flatMap(accessor -> accessorPart(type, method, accessor, position));
  }

  private Optional<Part> field(TypeElement type, Element field, int position) {
    Site site = Site.of(type, field);
    String javaName = field.getSimpleName().toString();
    TypeMirror fieldType = types.asMemberOf((DeclaredType) type.asType(), field);
    return names.resolve(field, Annotations.PROPERTY, javaName, JsNames.Scope.PROTOTYPE, site)
        .map(jsName -> new Part(Role.FIELD, jsName, site, position, fieldType,
            new Access(Via.FIELD, javaName, javaMembers.ofField((VariableElement) field, fieldType)),
            !field.getModifiers().contains(Modifier.FINAL), Nullability.declaredOn(field)));
  }

  private Optional<Part> accessorPart(
      TypeElement type, ExecutableElement method, AccessorParser.Accessor accessor, int position) {
    Site site = Site.of(type, method);
    JavaMember java = javaMembers.ofExecutable(method,
        (ExecutableType) types.asMemberOf((DeclaredType) type.asType(), method));
    return names.resolve(method, Annotations.PROPERTY, accessor.propertyName(), JsNames.Scope.PROTOTYPE, site)
        .map(jsName -> new Part(accessor.isSetter() ? Role.SETTER : Role.GETTER, jsName, site, position,
            accessor.propertyType(), new Access(Via.METHOD, method.getSimpleName().toString(), java), false,
            Nullability.declaredOn(method).or(() -> accessor.isSetter()
                ? Nullability.declaredOn(method.getParameters().get(0))
                : Optional.empty())));
  }

  private Optional<Named<ExposedProperty>> property(String jsName, List<Part> parts) {
    List<Part> readers = parts.stream().filter(p -> p.role() != Role.SETTER).toList();
    List<Part> setters = parts.stream().filter(p -> p.role() == Role.SETTER).toList();
    if (readers.isEmpty()) {
      setters.forEach(s -> diagnostics.error(s.site().element(), Message.SETTER_WITHOUT_GETTER,
          s.site().description(), jsName));
      return Optional.empty();
    }
    Part reader = readers.get(0);
    readers.stream().skip(1).forEach(r -> duplicate(r, reader));
    // A field is written directly, so a setter next to it is a second member of the same name.
    setters.stream().skip(reader.role() == Role.FIELD ? 0 : 1)
        .forEach(s -> duplicate(s, reader.role() == Role.FIELD ? reader : setters.get(0)));
    Optional<JsTypeRef> mapped = typeMapper.map(reader.type(), TypeMapper.Use.PROPERTY, reader.site());
    if (mapped.isEmpty()) {
      return Optional.empty();
    }
    // @JsNullable (or another @Nullable) on the field, the getter or the setter lets the property be set to null.
    for (Part part : parts) {
      if (part.nullable().isPresent()) {
        mapped = typeMapper.applyNullable(part.nullable(), part.type(), mapped.get(), part.site());
        if (mapped.isEmpty()) {
          return Optional.empty();
        }
      }
    }
    Optional<Access> setter = reader.role() == Role.FIELD
        ? Optional.of(reader.access()).filter(a -> reader.writableField())
        : setters.stream().findFirst().filter(s -> sameType(s, reader, jsName)).map(Part::access);
    return Optional.of(new Named<>(jsName, reader.site(), reader.position(),
        new ExposedProperty(jsName, mapped.get(), reader.access(), setter)));
  }

  private boolean sameType(Part setter, Part getter, String jsName) {
    if (types.isSameType(setter.type(), getter.type())) {
      return true;
    }
    diagnostics.error(setter.site().element(), Message.PROPERTY_TYPE_MISMATCH, setter.site().description(),
        setter.type(), jsName, getter.type(), getter.site().description());
    return false;
  }

  private void duplicate(Part later, Part first) {
    clashes.report(later.site(), first.site(), later.jsName(), NameClashCheck.ON_PROTOTYPE,
        Annotations.PROPERTY.display());
  }
}
