package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
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

/** The exposure report: what it lists, and that it is the same whether classes come from source or a jar. */
class ExposureReportTest {
  private static final List<String> SHAPES = List.of(
      "com/example/shapes/Named.java", "com/example/shapes/Measurable.java", "com/example/shapes/Shape.java",
      "com/example/shapes/Circle.java");

  @Test
  void inheritedMembersNameTheClassThatDeclaresThem() {
    String report = reportFromSource(SHAPES);
    assertThat(report).contains("Shape.prototype.toString\tmethod\t() => string | null\t"
        + "java.lang.String com.example.shapes.Named.toString()\n");
    // Named<String>'s T owner, as Shape sees it.
    assertThat(report).contains("Shape.prototype.owner\tproperty\tget string | null; set string | null\t"
        + "java.lang.String com.example.shapes.Named.owner\n");
    assertThat(report).contains("Circle\tclass\tclass Circle extends Shape\tcom.example.shapes.Circle\n");
    assertThat(report).contains("Shape\tclass\tclass Shape implements Measurable\tcom.example.shapes.Shape\n");
    assertThat(report).contains("Measurable\tinterface\tinterface Measurable\tcom.example.shapes.Measurable\n");
  }

  @Test
  void theReportIsSortedAndStartsWithItsHeader() {
    List<String> lines = reportFromSource(List.of("com/example/Counter.java")).lines().toList();
    assertThat(lines.get(0)).isEqualTo(ExposureReport.HEADER);
    assertThat(lines.subList(1, lines.size())).isInOrder();
  }

  /**
   * Gradle's aggregating mode hands the processor the unchanged classes as class files; a jar
   * without -parameters has no parameter names and nothing has Javadoc. The report must not change.
   */
  @Test
  void classFilesGiveTheSameReportAsSources(@TempDir Path temp) throws IOException {
    Path classes = temp.resolve("classes");
    Path reprocessed = temp.resolve("reprocessed");
    Files.createDirectories(classes);
    Files.createDirectories(reprocessed);
    String classpath = System.getProperty("java.class.path");
    javac(List.of("-proc:none", "-d", classes.toString(), "-classpath", classpath), List.of(),
        SHAPES.stream().map(p -> JavaFileObjects.forResource("inputs/" + p)).toList());
    javac(List.of("-proc:only", "-d", reprocessed.toString(),
            "-classpath", classpath + File.pathSeparator + classes),
        List.of("com.example.shapes.Circle", "com.example.shapes.Shape", "com.example.shapes.Measurable"), List.of());

    assertThat(Files.readString(reprocessed.resolve(ApiFiles.EXPOSURE_REPORT), StandardCharsets.UTF_8))
        .isEqualTo(reportFromSource(SHAPES));
  }

  private static String reportFromSource(List<String> inputs) {
    Compilation compilation = Compilations.compileWithApi(List.of(),
        inputs.stream().map(p -> JavaFileObjects.forResource("inputs/" + p)).toArray(JavaFileObject[]::new));
    assertThat(compilation).succeeded();
    return Compilations.classOutputText(compilation, ApiFiles.EXPOSURE_REPORT);
  }

  private static void javac(List<String> options, List<String> classNames, List<JavaFileObject> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaCompiler.CompilationTask task = javac.getTask(null, null, diagnostics, options, classNames, sources);
    if (options.contains("-proc:only")) {
      task.setProcessors(List.of(new JsApiProcessor(), new JsBindProcessor()));
    }
    assertWithMessage("javac %s: %s", options, diagnostics.getDiagnostics()).that(task.call()).isTrue();
  }
}
