package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An IDE recompiles only the classes that changed, into the output of the previous build. The
 * description must still cover every exposed class, and lose only those that are gone.
 */
class IncrementalBuildTest {
  private static final JavaFileObject GAUGE = Compilations.example("Gauge", """
      /** Documented in source. */
      @JsExposed public class Gauge { public int level() { return 0; } }
      """);
  private static final JavaFileObject METER = Compilations.example("Meter", """
      @JsExposed public class Meter { public int read() { return 0; } }
      """);
  private static final JavaFileObject METER_CHANGED = Compilations.example("Meter", """
      @JsExposed public class Meter { public int read() { return 0; } public void reset() {} }
      """);

  @TempDir Path output;

  @Test
  void classesNotRecompiledStayInTheDescription() throws IOException {
    compile(GAUGE, METER);
    compile(METER_CHANGED);

    String report = read(ApiFiles.EXPOSURE_REPORT);
    assertThat(report).contains("Gauge.prototype.level\tmethod\t() => number\tint com.example.Gauge.level()\n");
    assertThat(report).contains("Meter.prototype.reset\tmethod\t() => void\tvoid com.example.Meter.reset()\n");
    // Modelled from its class file: same shape, but no Javadoc.
    assertThat(read(ApiFiles.DECLARATIONS)).contains("declare class Gauge {\n  constructor();\n  level(): number;\n"
        + "  /** What JSON.stringify sees: a frozen snapshot of the readable properties. */\n  toJSON(): {};\n}");
  }

  @Test
  void aDeletedClassLeavesTheDescription() throws IOException {
    compile(GAUGE, METER);
    Files.delete(output.resolve("com/example/Gauge.class"));
    compile(METER_CHANGED);

    assertThat(read(ApiFiles.EXPOSURE_REPORT)).doesNotContain("Gauge");
    assertThat(read(ApiFiles.DECLARATIONS)).doesNotContain("Gauge");
  }

  private void compile(JavaFileObject... sources) throws IOException {
    Path generated = Files.createDirectories(output.resolveSibling(output.getFileName() + "-generated"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaCompiler.CompilationTask task = javac.getTask(null, null, diagnostics,
        List.of("-d", output.toString(), "-s", generated.toString(),
            "-classpath", System.getProperty("java.class.path") + File.pathSeparator + output),
        null, List.of(sources));
    task.setProcessors(List.of(new JsApiProcessor(), new JsBindProcessor()));
    assertWithMessage("%s", diagnostics.getDiagnostics()).that(task.call()).isTrue();
  }

  private String read(String resource) throws IOException {
    return Files.readString(output.resolve(resource), StandardCharsets.UTF_8);
  }
}
