package dev.jsbind.it.records;

import dev.jsbind.annotations.JsExposed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Takes and returns records. */
@JsExposed
public class Planner {
  public Planner() {}

  public static int span(Range range) {
    return range.to() - range.from();
  }

  public static Range shifted(Range range, int by) {
    return new Range(range.from() + by, range.to() + by);
  }

  public static Schedule normalized(Schedule schedule) {
    List<Range> ranges = new ArrayList<>(schedule.ranges());
    ranges.sort((a, b) -> Integer.compare(a.from(), b.from()));
    return new Schedule(schedule.name().trim(), ranges, schedule.labels(), schedule.pause(), schedule.weights());
  }

  public static Optional<Range> longest(List<Range> ranges) {
    return ranges.stream().max((a, b) -> Integer.compare(span(a), span(b)));
  }

  public static String join(String a, String b) {
    return a + b;
  }

  public static Noisy noisy(String label) {
    return new Noisy(label, List.of(0, 10, 20));
  }

  public static String describe(Noisy noisy, String tail, Range range) {
    return noisy.label() + noisy.values() + tail + range.from() + "-" + range.to();
  }
}
