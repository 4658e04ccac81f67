package dev.jsbind.it.records;

import dev.jsbind.annotations.JsValue;
import dev.jsbind.it.Color;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A record with nested records, collections, an enum and an Optional. */
@JsValue
public record Schedule(String name, List<Range> ranges, Map<String, Color> labels, Optional<Range> pause,
    int[] weights) {}
