package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jsbind.processor.Compilations.example;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Ajsbind.dtsDir}: a copy of jsbind.d.ts where a TypeScript project picks it up. */
class DeclarationsDirectoryTest {
  private static final JavaFileObject METER = example("Meter", "@JsExposed public class Meter {}\n");

  @TempDir Path temp;

  private static Compilation compileInto(Path dir) {
    return Compilations.compileWithApi(List.of("-A" + ProcessorOptions.DTS_DIR + "=" + dir), METER);
  }

  @Test
  void theDeclarationsAreCopiedIntoTheDirectoryWhichIsCreated() throws IOException {
    Path dir = temp.resolve("web/types");
    Compilation compilation = compileInto(dir);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Files.readString(dir.resolve("jsbind.d.ts"), StandardCharsets.UTF_8))
        .isEqualTo(Compilations.classOutputText(compilation, ApiFiles.DECLARATIONS));
  }

  @Test
  void anUnchangedFileIsLeftAloneForFileWatchers() throws IOException {
    Path file = temp.resolve("jsbind.d.ts");
    assertThat(compileInto(temp)).succeeded();
    FileTime past = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(file, past);
    assertThat(compileInto(temp)).succeeded();
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(past);

    Files.writeString(file, "stale", StandardCharsets.UTF_8);
    assertThat(compileInto(temp)).succeeded();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("declare class Meter {");
  }

  @Test
  void aDirectoryThatCannotBeWrittenIsReported() throws IOException {
    Path notADirectory = Files.writeString(temp.resolve("taken"), "a file", StandardCharsets.UTF_8);
    assertThat(compileInto(notADirectory))
        .hadErrorContaining("[jsbind.output-failed] Could not write " + notADirectory.resolve("jsbind.d.ts"));
    assertThat(compileInto(notADirectory)).hadErrorContaining("Check -Ajsbind.dtsDir: it must name a directory");
  }
}
