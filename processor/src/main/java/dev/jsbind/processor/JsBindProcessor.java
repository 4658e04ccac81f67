package dev.jsbind.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.TypeSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Generates a {@code JsBinding} for every {@code @JsExposed} class: discover (here) → validate and
 * model ({@link ExposedClassValidator}) → write ({@link BindingWriter}, {@link GeneratedFiles}).
 *
 * <p>Each binding depends only on its own class, which is what makes the processor "isolating"
 * for Gradle. Classes are handled one by one: one class's errors, or even a crash while
 * processing it, never stop the others from being generated.
 */
@AutoService(Processor.class)
public final class JsBindProcessor extends AbstractProcessor {
  private final Function<ExposedClass, TypeSpec> writer;

  // Held by qualified name, never as Elements: javac creates new Elements in every round.
  private final Set<String> deferred = new TreeSet<>();

  private Diagnostics diagnostics;
  private ExposedClassValidator validator;
  private StrayAnnotationCheck strayAnnotations;
  private GeneratedFiles files;

  public JsBindProcessor() {
    this(new BindingWriter()::write);
  }

  /** Lets tests replace the writer, for example with one that fails. */
  JsBindProcessor(Function<ExposedClass, TypeSpec> writer) {
    this.writer = writer;
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    diagnostics = new Diagnostics(processingEnv.getMessager());
    validator = new ExposedClassValidator(
        processingEnv.getElementUtils(), processingEnv.getTypeUtils(), diagnostics);
    strayAnnotations = new StrayAnnotationCheck(diagnostics);
    files = new GeneratedFiles(processingEnv.getFiler(), processingEnv.getElementUtils());
  }

  /**
   * jsbind's annotations, and the two {@code @Generated} types it writes: javac's
   * {@code -Xlint:processing} warns about annotations no processor claims, and users build with
   * {@code -Xlint:all -Werror}. Nothing reads {@code @Generated} as a processor input.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Stream.concat(Stream.of(Annotations.values()).map(Annotations::qualifiedName),
            Stream.of(GeneratedFiles.GENERATED_TYPES))
        .collect(Collectors.toSet());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Map<String, TypeElement> annotationTypes = new LinkedHashMap<>();
    annotations.forEach(a -> annotationTypes.put(a.getQualifiedName().toString(), a));
    try {
      strayAnnotations.check(round, annotationTypes);
    } catch (RuntimeException e) {
      diagnostics.internalError(null, "the jsbind annotations of this round", e);
    }

    Set<String> names = new TreeSet<>(deferred);
    deferred.clear();
    TypeElement exposedAnnotation = annotationTypes.get(Annotations.EXPOSED.qualifiedName());
    if (exposedAnnotation != null) {
      for (Element element : round.getElementsAnnotatedWith(exposedAnnotation)) {
        if (element instanceof TypeElement type) {
          names.add(type.getQualifiedName().toString());
        }
      }
    }
    Elements elements = processingEnv.getElementUtils();
    for (String name : names) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        processSafely(type, round.processingOver());
      }
    }
    // Claimed (see getSupportedAnnotationTypes): unclaimed ones fail -Xlint:all -Werror builds.
    return true;
  }

  private void processSafely(TypeElement type, boolean lastRound) {
    try {
      if (!lastRound && UnresolvedTypes.anyIn(type)) {
        // Probably produced by another processor in a later round; look again then.
        deferred.add(type.getQualifiedName().toString());
        return;
      }
      Optional<ExposedClass> model = validator.validate(type);
      if (model.isPresent()) {
        files.write(model.get().type().packageName(), writer.apply(model.get()), type);
      }
    } catch (Exception | LinkageError | AssertionError e) {
      diagnostics.internalError(type, type.getQualifiedName().toString(), e);
    }
  }
}
