package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jsbind.processor.Compilations.example;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** JsApiProcessor hands the models of valid classes to JsBindProcessor, so each is validated once. */
class ValidatedClassesTest {

  /** Runs between the two processors and takes what JsApiProcessor offered for every exposed class. */
  static final class Taker extends AbstractProcessor {
    final Map<String, Optional<ExposedClass>> taken = new TreeMap<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of(Annotations.EXPOSED.qualifiedName());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      for (TypeElement annotation : annotations) {
        round.getElementsAnnotatedWith(annotation).forEach(type -> taken.put(type.getSimpleName().toString(),
            ValidatedClasses.take(processingEnv.getElementUtils(), (TypeElement) type)));
      }
      return false;
    }
  }

  private static final String VALID = """
      @JsExposed
      public class Valid {
        public int add(int a, int b) { return a + b; }
      }
      """;

  private static final String INVALID = """
      @JsExposed
      public class Invalid {
        public void take(Thread thread) {}
      }
      """;

  @Test
  void validModelsAreOfferedOnceAndInvalidOnesNever() {
    Taker taker = new Taker();
    Compilation compilation = Compiler.javac()
        .withProcessors(new JsApiProcessor(), taker, new JsBindProcessor())
        .compile(example("Valid", VALID), example("Invalid", INVALID));

    assertThat(taker.taken.keySet()).containsExactly("Invalid", "Valid");
    assertThat(taker.taken.get("Valid").map(ExposedClass::jsName)).hasValue("Valid");
    assertThat(taker.taken.get("Invalid")).isEmpty();
    // What the taker took is gone: JsBindProcessor validated both itself and reported the problem once.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("jsbind.unsupported-type");
  }

  @Test
  void bindingsFromHandedOverModelsMatchTheOnesJsBindProcessorMakesAlone() {
    Compilation alone = Compilations.compile(example("Valid", VALID));
    Compilation both = Compilations.compileWithApi(java.util.List.of(), example("Valid", VALID));

    assertThat(both).succeeded();
    assertThat(Compilations.generatedSource(both, "com.example.Valid_JsBinding"))
        .isEqualTo(Compilations.generatedSource(alone, "com.example.Valid_JsBinding"));
  }

  @Test
  void anInvalidClassIsReportedOnceWhenBothProcessorsRun() {
    Compilation both = Compilations.compileWithApi(java.util.List.of(), example("Invalid", INVALID));

    assertThat(both).hadErrorCount(1);
    assertThat(both).hadErrorContaining("jsbind.unsupported-type").inFile(example("Invalid", INVALID));
  }
}
