package dev.jsbind.processor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares an exposure report with the reviewed baseline a build keeps. The baseline is a report
 * copied into the project: its header, blank lines and {@code #} comment lines are not compared,
 * and neither are line endings, so it may be checked out with CRLF.
 */
final class ExposureBaseline {
  private ExposureBaseline() {}

  /** The member lines of a report or baseline. */
  static Set<String> memberLines(String text) {
    Set<String> lines = new TreeSet<>();
    for (String line : text.split("\r?\n")) {
      if (!line.isBlank() && !line.startsWith("#") && !line.equals(ExposureReport.HEADER)) {
        lines.add(line);
      }
    }
    return lines;
  }

  /**
   * The lines that differ, by the JavaScript class they belong to: {@code "- line"} for a line only
   * in the baseline, {@code "+ line"} for one only in the current report, in line order so that a
   * changed member shows as its old line followed by its new one.
   */
  static SortedMap<String, List<String>> changesByClass(Collection<String> baseline, Collection<String> current) {
    Set<String> before = new TreeSet<>(baseline);
    Set<String> after = new TreeSet<>(current);
    SortedMap<String, List<String>> changes = new TreeMap<>();
    Set<String> all = new TreeSet<>(before);
    all.addAll(after);
    for (String line : all) {
      if (before.contains(line) != after.contains(line)) {
        changes.computeIfAbsent(className(line), name -> new ArrayList<>())
            .add((after.contains(line) ? "+ " : "- ") + line);
      }
    }
    return changes;
  }

  /** {@code TodoList.prototype.add\t…} → {@code TodoList}. */
  static String className(String line) {
    int end = 0;
    while (end < line.length() && line.charAt(end) != '.' && line.charAt(end) != '\t') {
      end++;
    }
    return line.substring(0, end);
  }
}
