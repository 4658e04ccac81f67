package dev.jsbind.it.records;

import dev.jsbind.annotations.JsValue;

/** A record value whose compact constructor validates. */
@JsValue
public record Range(int from, int to) {
  public Range {
    if (from > to) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }
}
