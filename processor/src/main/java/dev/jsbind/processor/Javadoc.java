package dev.jsbind.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Javadoc comment as {@code Elements.getDocComment} returns it, split into its description and
 * block tags, with inline tags ({@code {@code}}, {@code {@link}}…) and the common HTML turned into
 * Markdown, which is what editors render in JSDoc.
 */
record Javadoc(String description, List<Javadoc.Tag> tags) {
  private static final Pattern BLOCK_TAG = Pattern.compile("@([A-Za-z]+)\\b\\s?(.*)");
  private static final Pattern HTML = Pattern.compile(
      "(?i)<(/?)(p|br|code|tt|pre)(\\s[^>]*)?/?>|&(lt|gt|amp|quot|apos|nbsp|#[0-9]+|#x[0-9a-f]+);");

  /** A block tag: {@code @param x the x} is {@code ("param", "x the x")}. */
  record Tag(String name, String text) {}

  Javadoc {
    tags = List.copyOf(tags);
  }

  /** The text of the first {@code name} tag. */
  Optional<String> tagText(String name) {
    return tags.stream().filter(t -> t.name().equals(name)).map(Tag::text).findFirst();
  }

  /** Block tags start a line (outside {@code <pre>}); a tag's text runs to the next one. */
  static Javadoc parse(String javadoc) {
    StringBuilder description = new StringBuilder();
    List<Tag> tags = new ArrayList<>();
    String tagName = null;
    StringBuilder tagText = new StringBuilder();
    boolean inPre = false;
    for (String raw : javadoc.split("\r?\n", -1)) {
      // javac leaves the space after each line's '*'; inside <pre> only that one is not content.
      String line = inPre && raw.startsWith(" ") ? raw.substring(1).stripTrailing() : raw.strip();
      inPre = endsInsidePre(line, inPre);
      Matcher tag = BLOCK_TAG.matcher(line);
      if (!inPre && tag.matches()) {
        if (tagName != null) {
          tags.add(new Tag(tagName, convert(tagText.toString())));
        }
        tagName = tag.group(1);
        tagText.setLength(0);
        tagText.append(tag.group(2));
      } else {
        (tagName == null ? description : tagText).append('\n').append(line);
      }
    }
    if (tagName != null) {
      tags.add(new Tag(tagName, convert(tagText.toString())));
    }
    return new Javadoc(convert(description.toString()), tags);
  }

  /** Inline tags and HTML to Markdown; blank runs collapse to one paragraph break. */
  static String convert(String text) {
    StringBuilder out = new StringBuilder();
    boolean inPre = false;
    int at = 0;
    while (at < text.length()) {
      int open = text.indexOf("{@", at);
      int close = open < 0 ? -1 : matchingBrace(text, open);
      if (close < 0) {
        out.append(html(text.substring(at)));
        break;
      }
      String before = text.substring(at, open);
      inPre = endsInsidePre(before, inPre);
      out.append(html(before));
      out.append(inlineTag(text.substring(open + 2, close), inPre));
      at = close + 1;
    }
    return out.toString().replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
  }

  /** Code is set in backticks, except in a {@code <pre>} block, which is already a code block. */
  private static String inlineTag(String tag, boolean inPre) {
    String[] parts = tag.split("\\s+", 2);
    String content = parts.length > 1 ? parts[1].strip() : "";
    return switch (parts[0]) {
      case "code", "value" -> content.isEmpty() || inPre ? content : "`" + content + "`";
      case "literal" -> content;
      case "link", "linkplain" -> link(content, parts[0].equals("link"));
      case "inheritDoc", "docRoot" -> "";
      default -> content;
    };
  }

  /** {@code Foo#bar(int) the bar} → the label, else the reference in JavaScript's dotted form. */
  private static String link(String content, boolean asCode) {
    String[] parts = content.split("\\s+", 2);
    if (parts.length > 1 && !parts[1].isBlank()) {
      return html(parts[1].strip());
    }
    String reference = parts[0].startsWith("#") ? parts[0].substring(1) : parts[0].replace('#', '.');
    return asCode ? "`" + reference + "`" : reference;
  }

  private static String html(String text) {
    Matcher m = HTML.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(2) != null
          ? element(m.group(2).toLowerCase(Locale.ROOT), !m.group(1).isEmpty())
          : entity(m.group(4).toLowerCase(Locale.ROOT))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String element(String name, boolean closing) {
    return switch (name) {
      case "p" -> closing ? "" : "\n\n";
      case "br" -> "\n";
      case "pre" -> "\n```\n";
      default -> "`"; // code, tt
    };
  }

  private static String entity(String name) {
    return switch (name) {
      case "lt" -> "<";
      case "gt" -> ">";
      case "amp" -> "&";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> " ";
      default -> Character.toString(name.startsWith("#x")
          ? Integer.parseInt(name.substring(2), 16)
          : Integer.parseInt(name.substring(1)));
    };
  }

  private static int matchingBrace(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean endsInsidePre(String line, boolean inPre) {
    String lower = line.toLowerCase(Locale.ROOT);
    int open = lower.lastIndexOf("<pre");
    int close = lower.lastIndexOf("</pre");
    return open > close || (open < 0 && close < 0 && inPre);
  }
}
