package dev.jsbind.processor;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Which {@code @JsExposed} classes a processor handles in a round: those annotated in this round's
 * sources, and those it deferred because they mentioned types that another processor had yet to
 * generate. Deferred classes are held by name, never as Elements: javac creates new Elements in
 * every round.
 */
final class ExposedTypeRounds {
  private final Set<String> deferred = new TreeSet<>();

  /** This round's classes, sorted by name; deferred ones are due once, until deferred again. */
  List<TypeElement> due(RoundEnvironment round, Elements elements) {
    Set<String> names = new TreeSet<>(deferred);
    deferred.clear();
    TypeElement exposed = elements.getTypeElement(Annotations.EXPOSED.qualifiedName());
    if (exposed != null) {
      for (Element element : round.getElementsAnnotatedWith(exposed)) {
        if (element instanceof TypeElement type) {
          names.add(type.getQualifiedName().toString());
        }
      }
    }
    return names.stream().map(elements::getTypeElement).filter(Objects::nonNull).toList();
  }

  /**
   * Defers {@code type} to the next round when it mentions types javac cannot resolve yet, unless
   * this is the last round (then validation reports them). Returns whether it was deferred.
   */
  boolean deferIfUnresolved(TypeElement type, boolean lastRound) {
    if (lastRound || !UnresolvedTypes.anyIn(type)) {
      return false;
    }
    deferred.add(type.getQualifiedName().toString());
    return true;
  }
}
