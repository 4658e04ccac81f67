package dev.jsbind.processor;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the files that describe a compilation's JavaScript API. They go to the class output (so
 * they are packaged in the jar, next to the classes they describe) through the Filer, without
 * originating elements: each is made from every exposed class, which Gradle handles by running an
 * "aggregating" processor over all of them.
 */
final class ApiFiles {
  static final String DIRECTORY = "META-INF/jsbind/";
  static final String DECLARATIONS_NAME = "jsbind.d.ts";
  static final String DECLARATIONS = DIRECTORY + DECLARATIONS_NAME;
  static final String EXPOSURE_REPORT = DIRECTORY + "exposure.tsv";

  private final Filer filer;

  ApiFiles(Filer filer) {
    this.filer = filer;
  }

  /** Writes {@code text} (UTF-8) as a class-output resource; returns where it went, for messages. */
  String writeResource(String path, String text) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path);
    try (OutputStream out = file.openOutputStream()) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return describe(file.toUri());
  }

  /**
   * A resource an earlier compilation wrote to the class output, or empty if there is none. (An
   * IDE compiles only what changed into the same output; Gradle deletes what aggregating
   * processors wrote before it compiles again.)
   */
  Optional<String> readPrevious(String path) {
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", path);
      return Optional.of(file.getCharContent(true).toString());
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty(); // none yet, or a file manager that cannot read its output back
    }
  }

  /**
   * Writes {@code text} to {@code file}, creating its directory, unless the file already holds
   * exactly that: an unchanged build leaves the file alone, so {@code tsc --watch} stays quiet.
   */
  static void writeIfChanged(Path file, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
      return;
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, bytes);
  }

  private static String describe(URI uri) {
    return "file".equals(uri.getScheme()) ? Paths.get(uri).toString() : uri.toString();
  }
}
