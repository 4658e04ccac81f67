package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jsbind.processor.Compilations.example;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Ajsbind.exposureBaseline}: a compilation whose JavaScript surface is not the reviewed one fails. */
class ExposureBaselineTest {
  private static final String REVIEWED = """
      member\tkind\tjavascript\tjava
      Meter\tclass\tclass Meter\tcom.example.Meter
      Meter\tconstructor\tnew ()\tcom.example.Meter()
      Meter.prototype.read\tmethod\t() => number\tint com.example.Meter.read()
      """;

  @TempDir Path temp;

  private static JavaFileObject meter(String members) {
    return example("Meter", "@JsExposed\npublic class Meter {\n  public Meter() {}\n" + members + "}\n");
  }

  private Compilation compileAgainst(String baseline, JavaFileObject... sources) throws IOException {
    Path file = temp.resolve("exposure.tsv");
    Files.writeString(file, baseline, StandardCharsets.UTF_8);
    return compileWith(file, sources);
  }

  private static Compilation compileWith(Path baseline, JavaFileObject... sources) {
    return Compilations.compileWithApi(List.of("-A" + ProcessorOptions.EXPOSURE_BASELINE + "=" + baseline), sources);
  }

  @Test
  void theReviewedSurfacePasses() throws IOException {
    assertThat(compileAgainst(REVIEWED, meter("  public int read() { return 0; }\n"))).succeededWithoutWarnings();
  }

  @Test
  void headerCommentsBlankLinesAndLineEndingsAreNotCompared() throws IOException {
    String annotated = "# reviewed by the web team\n\n" + REVIEWED.replace("\n", "\r\n");
    assertThat(compileAgainst(annotated, meter("  public int read() { return 0; }\n"))).succeeded();
  }

  @Test
  void aNewMemberFailsOnItsClassWithTheLineToReview() throws IOException {
    JavaFileObject meter = meter("  public int read() { return 0; }\n  public void reset() {}\n");
    Compilation compilation = compileAgainst(REVIEWED, meter);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.exposure-changed] The JavaScript API of class Meter (com.example.Meter) is"
            + " not the one reviewed in the exposure baseline " + temp.resolve("exposure.tsv")
            + " ('-' reviewed, '+' now):\n"
            // javac indents the lines after a message's first one
            + "  + Meter.prototype.reset   method   () => void   void com.example.Meter.reset()\n"
            + "  If the change is intended, accept it: copy this compilation's report, ")
        .inFile(meter).onLineContaining("public class Meter");
    assertThat(compilation).hadErrorContaining("META-INF/jsbind/exposure.tsv, over the baseline");
  }

  @Test
  void aChangedMemberShowsItsOldAndNewLine() throws IOException {
    Compilation compilation = compileAgainst(REVIEWED, meter("  public long read() { return 0; }\n"));
    assertThat(compilation).hadErrorContaining(
        "  - Meter.prototype.read   method   () => number   int com.example.Meter.read()\n"
            + "  + Meter.prototype.read   method   () => number   long com.example.Meter.read()\n");
  }

  @Test
  void aRemovedClassIsReportedOnTheCompilation() throws IOException {
    String withGauge = REVIEWED + "Gauge\tclass\tclass Gauge\tcom.example.Gauge\n";
    Compilation compilation = compileAgainst(withGauge, meter("  public int read() { return 0; }\n"));
    assertThat(compilation).hadErrorCount(1);
    Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
    assertThat(error.getSource()).isNull();
    assertThat(error.getMessage(null)).contains(
        "The JavaScript API of class Gauge (no exposed class has that name now) is not the one reviewed");
    assertThat(error.getMessage(null)).contains("  - Gauge   class   class Gauge   com.example.Gauge\n");
  }

  @Test
  void aMissingBaselineSaysHowToStartOne() {
    Path missing = temp.resolve("nowhere/exposure.tsv");
    Compilation compilation = compileWith(missing, meter(""));
    assertThat(compilation).hadErrorContaining("[jsbind.exposure-baseline-unreadable] Cannot read the exposure"
        + " baseline " + missing + " (no such file). To start reviewing the JavaScript API, copy this"
        + " compilation's report, ");
    assertThat(compilation).hadErrorContaining(", to that path and commit it; or correct -Ajsbind.exposureBaseline.");
  }

  @Test
  void aClassWithErrorsIsNotAlsoReportedAsChanged() throws IOException {
    Compilation compilation = compileAgainst(REVIEWED, meter("  public int read(Object o) { return 0; }\n"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[jsbind.unsupported-type]");
  }

  @Test
  void anEmptyOptionIsReported() {
    Compilation compilation = Compilations.compileWithApi(
        List.of("-A" + ProcessorOptions.EXPOSURE_BASELINE + "="), meter(""));
    assertThat(compilation).hadErrorContaining("[jsbind.invalid-option] -Ajsbind.exposureBaseline= is not usable:"
        + " it needs a path. Give a path");
  }

  @Test
  void changesAreGroupedByClassAndKeepLineOrder() {
    List<String> baseline = List.of("A\tclass", "A.prototype.x\tmethod\t() => number", "B\tclass");
    List<String> current = List.of("A\tclass", "A.prototype.x\tmethod\t() => string", "C\tclass");
    assertThat(ExposureBaseline.changesByClass(baseline, current)).containsExactly(
        "A", List.of("- A.prototype.x\tmethod\t() => number", "+ A.prototype.x\tmethod\t() => string"),
        "B", List.of("- B\tclass"),
        "C", List.of("+ C\tclass")).inOrder();
  }
}
