package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsOptional;
import java.util.List;
import java.util.Optional;

/** Copied values through a constructor, an omittable Optional and a static read-only field. */
@JsExposed
public class Roster {
  public static final List<String> DEFAULT_NAMES = java.util.Collections.unmodifiableList(
      java.util.Arrays.asList("ann", "bo"));

  private final List<String> names;
  private final int limit;

  public Roster(List<String> names, @JsOptional Optional<Integer> limit) {
    this.names = names;
    this.limit = limit.orElse(names.size());
  }

  public String describe() {
    return names.subList(0, Math.min(limit, names.size())) + " of " + names.size();
  }

  public String greet(@JsOptional Optional<String> greeting) {
    return greeting.orElse("hello") + " " + names.get(0);
  }

  public static String tagged(@JsOptional List<String> tags) {
    return tags == null ? "no tags" : tags.size() + " tags";
  }
}
