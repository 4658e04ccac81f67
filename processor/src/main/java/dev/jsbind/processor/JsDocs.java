package dev.jsbind.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns Javadoc into the JSDoc of the TypeScript declarations ({@link Javadoc} converts the
 * markup). Block tags become their JSDoc counterparts ({@code @return} → {@code @returns},
 * {@code @throws} naming the JavaScript error the runtime throws); tags that mean nothing to a
 * script's author ({@code @author}, {@code @serial}, {@code @implNote}…) are dropped.
 */
final class JsDocs {
  // How the runtime maps a thrown exception to a JavaScript error; others are Error. By name only
  // (a Javadoc reference is not resolved), so a custom subclass is documented as the Error it is.
  private static final Map<String, String> ERROR_NAMES = Map.of(
      "IllegalArgumentException", "TypeError",
      "NumberFormatException", "TypeError",
      "NullPointerException", "TypeError",
      "ClassCastException", "TypeError",
      "IndexOutOfBoundsException", "RangeError",
      "ArrayIndexOutOfBoundsException", "RangeError",
      "StringIndexOutOfBoundsException", "RangeError");

  private JsDocs() {}

  /** The JSDoc lines of a class. */
  static List<String> forClass(String javadoc) {
    Javadoc doc = Javadoc.parse(javadoc);
    return lines(doc.description(), generalTags(doc));
  }

  /**
   * The JSDoc lines of a property, from its getter's, field's or setter's Javadoc. A getter often
   * says what it returns only in {@code @return}; that text then describes the property.
   */
  static List<String> forProperty(String javadoc) {
    Javadoc doc = Javadoc.parse(javadoc);
    String description = doc.description().isEmpty() ? doc.tagText("return").orElse("") : doc.description();
    return lines(description, generalTags(doc));
  }

  /**
   * The JSDoc lines of a constructor or method. {@code parameterNames} maps Java parameter names
   * to those of the declaration; {@code @param} tags of other names are dropped.
   */
  static List<String> forExecutable(String javadoc, Map<String, String> parameterNames, boolean returnsValue) {
    Javadoc doc = Javadoc.parse(javadoc);
    List<String> tags = new ArrayList<>();
    for (Javadoc.Tag tag : doc.tags()) {
      String[] head = tag.text().split("\\s+", 2);
      String rest = head.length > 1 ? head[1] : "";
      switch (tag.name()) {
        case "param" -> {
          String name = parameterNames.get(head[0]);
          if (name != null) {
            tags.add(joined("@param " + name, rest));
          }
        }
        case "return" -> {
          if (returnsValue) {
            tags.add(joined("@returns", tag.text()));
          }
        }
        case "throws", "exception" -> tags.add(joined("@throws {" + errorName(head[0]) + "}", rest));
        default -> generalTag(tag).ifPresent(tags::add);
      }
    }
    return lines(doc.description(), tags);
  }

  private static List<String> generalTags(Javadoc doc) {
    List<String> tags = new ArrayList<>();
    doc.tags().forEach(tag -> generalTag(tag).ifPresent(tags::add));
    return tags;
  }

  /** Tags that mean the same on any declaration. */
  private static Optional<String> generalTag(Javadoc.Tag tag) {
    return switch (tag.name()) {
      case "deprecated", "since" -> Optional.of(joined("@" + tag.name(), tag.text()));
      case "see" -> Optional.of(joined("@see", tag.text().replace('#', '.')));
      default -> Optional.empty();
    };
  }

  private static String errorName(String exception) {
    String simpleName = exception.substring(exception.lastIndexOf('.') + 1);
    return ERROR_NAMES.getOrDefault(simpleName, "Error");
  }

  private static String joined(String head, String text) {
    return text.isBlank() ? head : head + " " + text;
  }

  /** Description and tags as comment lines; {@code * /} is broken up so it cannot end the comment. */
  private static List<String> lines(String description, List<String> tags) {
    List<String> lines = new ArrayList<>();
    if (!description.isEmpty()) {
      lines.addAll(List.of(description.split("\n", -1)));
    }
    tags.forEach(tag -> lines.addAll(List.of(tag.split("\n", -1))));
    return lines.stream().map(line -> line.replace("*/", "*\\/")).toList();
  }
}
