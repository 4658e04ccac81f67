package dev.jsbind.processor;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Lets {@link JsBindProcessor} reuse the models {@link JsApiProcessor} built earlier in the same
 * round of the same compilation, so that a valid class is validated once per build instead of
 * twice (validating was about a sixth of the processors' time in a 1,000-class build).
 *
 * <p>Only valid models are handed over. A class with problems is validated again by
 * JsBindProcessor, which reports them: JsApiProcessor validates silently, and keeping its
 * messages would mean keeping Elements. Models are plain records, so nothing here holds on to
 * javac's state: a compilation is keyed by its {@link Elements} (one per compilation, also when a
 * build tool wraps the processing environment) in a weak map, and its entry goes when javac does.
 * Compilations that share a processor class loader (a Gradle daemon) each have their own entry.
 * When JsApiProcessor does not run (a build that names only JsBindProcessor), nothing is offered
 * and JsBindProcessor validates every class itself.
 */
final class ValidatedClasses {
  private static final Map<Elements, Map<String, ExposedClass>> BY_COMPILATION =
      Collections.synchronizedMap(new WeakHashMap<>());

  private ValidatedClasses() {}

  /** Starts a round: forgets what the previous round offered and nobody took. */
  static void beginRound(Elements compilation) {
    BY_COMPILATION.put(compilation, new HashMap<>());
  }

  /** Offers the model of a class that validated cleanly in this round. */
  static void offer(Elements compilation, ExposedClass model) {
    Map<String, ExposedClass> round = BY_COMPILATION.get(compilation);
    if (round != null) {
      round.put(model.type().canonicalName(), model);
    }
  }

  /** The model offered for {@code type} in this round, removed so that it is used once. */
  static Optional<ExposedClass> take(Elements compilation, TypeElement type) {
    Map<String, ExposedClass> round = BY_COMPILATION.get(compilation);
    return round == null ? Optional.empty() : Optional.ofNullable(round.remove(type.getQualifiedName().toString()));
  }

  /** Ends the compilation's hand-off (its last round). */
  static void end(Elements compilation) {
    BY_COMPILATION.remove(compilation);
  }
}
