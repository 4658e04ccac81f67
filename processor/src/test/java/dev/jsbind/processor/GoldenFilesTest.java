package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares generated bindings, as exact text, with the files under src/test/resources/golden/.
 * Inputs are compiled as a Java 8 user with lints as errors, so these tests also prove that the
 * generated code is warning-free Java 8.
 *
 * <p>After an intended change to the output, regenerate the golden files and review their diff:
 * {@code mvn -o -q -pl processor test -Dtest=GoldenFilesTest -Djsbind.updateGolden=true}
 */
class GoldenFilesTest {
  private static final boolean UPDATE = Boolean.getBoolean("jsbind.updateGolden");
  private static final Path GOLDEN = Paths.get(System.getProperty("basedir", "."), "src/test/resources/golden");

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(List.of("com/example/Counter.java"), List.of("com.example.Counter_JsBinding")),
        Arguments.of(
            List.of("com/example/kitchen/KitchenSink.java", "com/example/kitchen/parts/Color.java"),
            List.of("com.example.kitchen.KitchenSink_JsBinding", "com.example.kitchen.KitchenSink_Tap_JsBinding")),
        Arguments.of(
            List.of("com/example/shapes/Named.java", "com/example/shapes/Shape.java", "com/example/shapes/Circle.java"),
            List.of("com.example.shapes.Shape_JsBinding", "com.example.shapes.Circle_JsBinding")));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("cases")
  void generatedSourceMatchesGoldenFile(List<String> inputs, List<String> bindings) throws IOException {
    JavaFileObject[] sources = inputs.stream()
        .map(path -> JavaFileObjects.forResource("inputs/" + path))
        .toArray(JavaFileObject[]::new);
    Compilation compilation = Compilations.compileStrictJava8(sources);
    assertThat(compilation).succeededWithoutWarnings();
    assertWithMessage("every generated file has a golden file")
        .that(compilation.generatedSourceFiles()).hasSize(bindings.size());
    for (String binding : bindings) {
      Path golden = GOLDEN.resolve(binding.replace('.', '/') + ".java");
      String actual = Compilations.generatedSource(compilation, binding);
      if (UPDATE) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      } else {
        assertWithMessage("%s (see the class comment to regenerate)", golden)
            .that(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
      }
    }
  }
}
