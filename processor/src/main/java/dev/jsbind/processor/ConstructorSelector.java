package dev.jsbind.processor;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Chooses the constructor JavaScript {@code new} calls: the one marked {@code @JsConstructor},
 * else the only public one. No constructor at all is fine (JavaScript then cannot create
 * instances, only receive them); guessing between several is not.
 */
final class ConstructorSelector {
  private final Signatures signatures;
  private final Diagnostics diagnostics;

  ConstructorSelector(Signatures signatures, Diagnostics diagnostics) {
    this.signatures = signatures;
    this.diagnostics = diagnostics;
  }

  Optional<ExposedConstructor> select(TypeElement type) {
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
    // Constructors that are also @JsIgnore'd were reported as conflicting; don't report them twice.
    List<ExecutableElement> marked = constructors.stream()
        .filter(c -> Annotations.CONSTRUCTOR.isOn(c) && !Annotations.IGNORE.isOn(c))
        .toList();
    if (type.getKind() == ElementKind.INTERFACE) {
      return Optional.empty(); // nothing to construct: `new Iface()` throws, as for an abstract class
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      marked.forEach(c -> diagnostics.error(c, Message.ABSTRACT_CONSTRUCTOR,
          Site.describe(c), type.getSimpleName()));
      return Optional.empty();
    }
    if (marked.size() > 1) {
      marked.subList(1, marked.size()).forEach(c -> diagnostics.error(c, Message.DUPLICATE_CONSTRUCTOR,
          Site.describe(c), Site.describe(marked.get(0))));
      return Optional.empty();
    }
    if (marked.size() == 1) {
      // A non-public one was reported as member-not-public.
      return isPublic(marked.get(0)) ? signatures.constructor(type, marked.get(0)) : Optional.empty();
    }
    List<ExecutableElement> candidates = constructors.stream()
        .filter(c -> isPublic(c) && !Annotations.IGNORE.isOn(c))
        .toList();
    if (candidates.size() > 1) {
      diagnostics.error(type, Message.AMBIGUOUS_CONSTRUCTOR, Site.describe(type), candidates.size(),
          candidates.stream().map(Site::signature).collect(Collectors.joining(", ")));
      return Optional.empty();
    }
    return candidates.isEmpty() ? Optional.empty() : signatures.constructor(type, candidates.get(0));
  }

  private static boolean isPublic(ExecutableElement constructor) {
    return constructor.getModifiers().contains(Modifier.PUBLIC);
  }
}
