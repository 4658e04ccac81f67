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
 * Compares what the processors write, as exact text, with the files under
 * src/test/resources/golden/: the generated bindings, and each compilation's TypeScript
 * declarations and exposure report (golden/api/). Inputs are compiled as a Java 8 user with
 * {@code -Xlint:all -Werror}, so these tests also prove that the generated code is warning-free
 * Java 8. The build type-checks the golden declarations with the TypeScript compiler (it/typescript).
 *
 * <p>After an intended change to the output, regenerate the golden files and review their diff:
 * {@code mvn -o -q -pl processor test -Dtest=GoldenFilesTest -Djsbind.updateGolden=true}
 */
class GoldenFilesTest {
  private static final boolean UPDATE = Boolean.getBoolean("jsbind.updateGolden");
  private static final Path GOLDEN = Paths.get(System.getProperty("basedir", "."), "src/test/resources/golden");

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("counter", List.of("com/example/Counter.java"), List.of("com.example.Counter_JsBinding")),
        Arguments.of("kitchen",
            List.of("com/example/kitchen/KitchenSink.java", "com/example/kitchen/parts/Color.java"),
            List.of("com.example.kitchen.KitchenSink_JsBinding", "com.example.kitchen.KitchenSink_Tap_JsBinding")),
        Arguments.of("shapes",
            List.of("com/example/shapes/Named.java", "com/example/shapes/Measurable.java",
                "com/example/shapes/Shape.java", "com/example/shapes/Circle.java"),
            List.of("com.example.shapes.Measurable_JsBinding", "com.example.shapes.Shape_JsBinding",
                "com.example.shapes.Circle_JsBinding")),
        Arguments.of("values",
            List.of("com/example/values/Basket.java", "com/example/values/Fruit.java",
                "com/example/values/Origin.java", "com/example/values/Ripeness.java"),
            List.of("com.example.values.Basket_JsBinding", "com.example.values.Fruit_JsValue",
                "com.example.values.Origin_JsValue")),
        Arguments.of("tasks", List.of("com/example/tasks/Tasks.java"), List.of("com.example.tasks.Tasks_JsBinding")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outputMatchesGoldenFiles(String name, List<String> inputs, List<String> bindings) throws IOException {
    JavaFileObject[] sources = inputs.stream()
        .map(path -> JavaFileObjects.forResource("inputs/" + path))
        .toArray(JavaFileObject[]::new);
    Compilation compilation = Compilations.compileStrictJava8(sources);
    assertThat(compilation).succeededWithoutWarnings();
    assertWithMessage("every generated source has a golden file")
        .that(compilation.generatedSourceFiles()).hasSize(bindings.size());
    for (String binding : bindings) {
      compare(GOLDEN.resolve(binding.replace('.', '/') + ".java"), Compilations.generatedSource(compilation, binding));
    }
    compare(GOLDEN.resolve("api/" + name + ".d.ts"),
        Compilations.classOutputText(compilation, ApiFiles.DECLARATIONS));
    compare(GOLDEN.resolve("api/" + name + ".exposure.tsv"),
        Compilations.classOutputText(compilation, ApiFiles.EXPOSURE_REPORT));
  }

  private static void compare(Path golden, String actual) throws IOException {
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    } else {
      assertWithMessage("%s (see the class comment to regenerate)", golden)
          .that(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
  }
}
