package dev.jsbind.processor;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code -Ajsbind.…} options (see docs/BUILD-TOOLS.md). Relative paths are resolved against the
 * compiler's working directory, which in a Maven build is where {@code mvn} was started rather than
 * the module, so builds should pass absolute ones ({@code ${project.basedir}/…}).
 *
 * @param dtsDir where to copy {@code jsbind.d.ts}, besides the class output
 * @param exposureBaseline the reviewed exposure report to compare this compilation's with
 */
record ProcessorOptions(Optional<Path> dtsDir, Optional<Path> exposureBaseline) {
  static final String DTS_DIR = "jsbind.dtsDir";
  static final String EXPOSURE_BASELINE = "jsbind.exposureBaseline";

  static final Set<String> NAMES = Set.of(DTS_DIR, EXPOSURE_BASELINE);

  /** The options given to javac; an unusable one is reported and then left out. */
  static ProcessorOptions read(Map<String, String> options, Diagnostics diagnostics) {
    return new ProcessorOptions(
        path(options, DTS_DIR, diagnostics), path(options, EXPOSURE_BASELINE, diagnostics));
  }

  private static Optional<Path> path(Map<String, String> options, String name, Diagnostics diagnostics) {
    if (!options.containsKey(name)) {
      return Optional.empty();
    }
    String value = options.get(name); // null for "-Ajsbind.dtsDir" without "="
    String problem;
    if (value == null || value.isBlank()) {
      problem = "it needs a path";
    } else {
      try {
        return Optional.of(Paths.get(value).toAbsolutePath().normalize());
      } catch (InvalidPathException e) {
        problem = "it is not a valid path (" + e.getReason() + ")";
      }
    }
    diagnostics.error(null, Message.INVALID_OPTION, name, value == null ? "" : value, problem,
        "Give a path, preferably an absolute one such as ${project.basedir}/…, or leave the option out.");
    return Optional.empty();
  }
}
