package dev.jsbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jsbind.processor.Compilations.example;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Generated} follows the compilation's platform (the golden files cover Java 8). */
class GeneratedAnnotationTest {
  @Test
  void java9AndLaterUseTheProcessingPackage() {
    JavaFileObject file = example("Plain", """
        @JsExposed
        public class Plain {}
        """);
    Compilation compilation = Compilations.compile(file);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.Plain_JsBinding").contentsAsUtf8String()
        .contains("import javax.annotation.processing.Generated;\n");
    assertThat(compilation).generatedSourceFile("com.example.Plain_JsBinding").contentsAsUtf8String()
        .contains("\n@Generated(\"dev.jsbind.processor.JsBindProcessor\")\npublic final class Plain_JsBinding");
  }
}
