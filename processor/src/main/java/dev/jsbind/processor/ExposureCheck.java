package dev.jsbind.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Fails the compilation when its exposure report differs from the reviewed baseline
 * ({@code -Ajsbind.exposureBaseline}): one error per changed class, on that class, listing its
 * changed lines; a class that is gone has no element and is reported on the compilation.
 */
final class ExposureCheck {
  private final Elements elements;
  private final Diagnostics diagnostics;

  ExposureCheck(Elements elements, Diagnostics diagnostics) {
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  /**
   * @param current this compilation's report lines
   * @param javaNames canonical Java name of each exposed class, by JavaScript name
   * @param report where this compilation's report was written, for the way out of the error
   */
  void check(Path baseline, List<String> current, Map<String, String> javaNames, String report) {
    String reviewed;
    try {
      reviewed = Files.readString(baseline, StandardCharsets.UTF_8);
    } catch (IOException e) {
      diagnostics.error(null, Message.EXPOSURE_BASELINE_UNREADABLE, baseline, describe(e), report,
          ProcessorOptions.EXPOSURE_BASELINE);
      return;
    }
    SortedMap<String, List<String>> changes =
        ExposureBaseline.changesByClass(ExposureBaseline.memberLines(reviewed), current);
    changes.forEach((jsName, lines) -> {
      String javaName = javaNames.get(jsName);
      TypeElement type = javaName == null ? null : elements.getTypeElement(javaName);
      String what = javaName == null
          ? "class " + jsName + " (no exposed class has that name now)"
          : (type != null && type.getKind() == ElementKind.INTERFACE ? "interface " : "class ")
              + jsName + " (" + javaName + ")";
      diagnostics.error(type, Message.EXPOSURE_CHANGED, what, baseline, readable(lines), report);
    });
  }

  /**
   * Diff lines with their columns spaced out rather than tab-separated, which messages mangle.
   * (javac indents every line of a message after the first.)
   */
  private static String readable(List<String> lines) {
    return lines.stream().map(line -> line.replace("\t", "   ")).collect(Collectors.joining("\n"));
  }

  private static String describe(IOException e) {
    return e instanceof NoSuchFileException ? "no such file" : e.toString();
  }
}
