package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How build tools find the processors. */
class RegistrationTest {

  /** JsApiProcessor must come first: JsBindProcessor claims the annotations, and javac then stops offering them. */
  @Test
  void javacFindsBothProcessorsInTheOrderThatLetsBothSeeTheAnnotations() {
    assertThat(ServiceLoader.load(Processor.class).stream().map(p -> p.type().getName()).toList())
        .containsExactly(JsApiProcessor.class.getName(), JsBindProcessor.class.getName()).inOrder();
  }

  @Test
  void gradleTreatsBindingsAsIsolatingAndTheApiDescriptionAsAggregating() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/META-INF/gradle/incremental.annotation.processors")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()).containsExactly(
          "dev.jsbind.processor.JsBindProcessor,isolating",
          "dev.jsbind.processor.JsApiProcessor,aggregating");
    }
  }

  /** As a build tool runs them: discovered on the processor path, with every lint an error. */
  @Test
  void discoveredProcessorsWriteBindingAndDescriptionWithoutWarnings(@TempDir Path out) throws IOException {
    Path sources = Files.createDirectories(out.resolve("sources"));
    Path classes = Files.createDirectories(out.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean ok = javac.getTask(null, null, diagnostics,
            List.of("-proc:only", "-Xlint:all", "-Werror", "-s", sources.toString(), "-d", classes.toString(),
                "-processorpath", System.getProperty("java.class.path")),
            null,
            List.of(Compilations.example("Meter", "@JsExposed public class Meter {}\n")))
        .call();
    assertWithMessage("%s", diagnostics.getDiagnostics()).that(ok).isTrue();
    assertThat(diagnostics.getDiagnostics()).isEmpty();
    assertThat(Files.exists(sources.resolve("com/example/Meter_JsBinding.java"))).isTrue();
    assertThat(Files.readString(classes.resolve(ApiFiles.DECLARATIONS))).contains("declare class Meter {");
  }
}
