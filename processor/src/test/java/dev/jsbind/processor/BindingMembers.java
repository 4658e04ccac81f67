package dev.jsbind.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generated binding's members as tests read them: one line per member, its member-table line
 * (types the table refers to by index replaced with their code) then {@code ->} and the statements
 * of its {@code invoke} case, e.g. {@code M add INT =INT:delta -> return self.add(args.intAt(0));}.
 */
final class BindingMembers {
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern CASE = Pattern.compile("case (\\d+):\\s*(.*?)(?=\\s*case \\d+:|\\s*default:)",
      Pattern.DOTALL);

  private BindingMembers() {}

  static String of(String bindingSource) {
    int start = bindingSource.indexOf("t.members(");
    int typesAt = bindingSource.indexOf("new JsType[", start);
    if (start < 0 || typesAt < 0) {
      throw new IllegalArgumentException("no member table in:\n" + bindingSource);
    }
    StringBuilder table = new StringBuilder();
    Matcher literal = LITERAL.matcher(bindingSource.substring(start, typesAt));
    while (literal.find()) {
      table.append(literal.group(1).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\"));
    }
    String typeList = bindingSource.substring(typesAt, bindingSource.indexOf(", this);", typesAt));
    List<String> types = new ArrayList<>();
    int open = typeList.indexOf('{');
    if (open >= 0) { // else "new JsType[0]"
      for (String type : typeList.substring(open + 1, typeList.length() - 1).split(",\\s*\\n\\s*")) {
        types.add(type.trim());
      }
    }
    List<String> cases = new ArrayList<>();
    Matcher c = CASE.matcher(bindingSource.substring(bindingSource.indexOf("switch (member)")));
    while (c.find()) {
      cases.add(c.group(2).replaceAll("\\s*\\n\\s*", " ").trim());
    }
    String[] lines = table.toString().split("\n");
    StringBuilder out = new StringBuilder();
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      for (int i = types.size() - 1; i >= 0; i--) {
        line = line.replace("#" + i, types.get(i));
      }
      out.append(line).append(" -> ").append(n < cases.size() ? cases.get(n) : "?").append('\n');
    }
    return out.toString();
  }
}
