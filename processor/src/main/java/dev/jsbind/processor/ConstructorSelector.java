package dev.jsbind.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Chooses the constructors JavaScript {@code new} calls: those marked {@code @JsConstructor} if
 * any are, else every public one not marked {@code @JsIgnore}. Several are one overloaded
 * JavaScript constructor, dispatched as overloaded methods are (so they must pass
 * {@link OverloadCheck}). No constructor at all is fine: JavaScript then cannot create instances,
 * only receive them.
 */
final class ConstructorSelector {
  private final Signatures signatures;
  private final Diagnostics diagnostics;
  private final OverloadCheck overloads;

  ConstructorSelector(Signatures signatures, Diagnostics diagnostics) {
    this.signatures = signatures;
    this.diagnostics = diagnostics;
    this.overloads = new OverloadCheck(diagnostics);
  }

  /** {@code jsName}: the class's JavaScript name, for diagnostics about the set. */
  List<ExposedConstructor> select(TypeElement type, String jsName) {
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
    // Constructors that are also @JsIgnore'd were reported as conflicting; don't report them twice.
    List<ExecutableElement> marked = constructors.stream()
        .filter(c -> Annotations.CONSTRUCTOR.isOn(c) && !Annotations.IGNORE.isOn(c))
        .toList();
    if (type.getKind() == ElementKind.INTERFACE) {
      return List.of(); // nothing to construct: `new Iface()` throws, as for an abstract class
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      marked.forEach(c -> diagnostics.error(c, Message.ABSTRACT_CONSTRUCTOR,
          Site.describe(c), type.getSimpleName()));
      return List.of();
    }
    // A marked one that is not public was reported as member-not-public.
    List<ExecutableElement> chosen = (marked.isEmpty() ? constructors : marked).stream()
        .filter(c -> isPublic(c) && !Annotations.IGNORE.isOn(c))
        .toList();
    List<Named<ExposedConstructor>> models = new ArrayList<>();
    boolean allMapped = true;
    for (int position = 0; position < chosen.size(); position++) {
      ExecutableElement constructor = chosen.get(position);
      Optional<ExposedConstructor> model = signatures.constructor(type, constructor);
      allMapped &= model.isPresent();
      int at = position;
      model.ifPresent(m -> models.add(new Named<>(jsName, Site.of(type, constructor), at, m)));
    }
    if (allMapped && models.size() > 1) {
      overloads.checkConstructors(models);
    }
    return models.stream().map(Named::model).toList();
  }

  private static boolean isPublic(ExecutableElement constructor) {
    return constructor.getModifiers().contains(Modifier.PUBLIC);
  }
}
