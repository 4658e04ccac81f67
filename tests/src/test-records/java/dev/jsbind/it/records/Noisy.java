package dev.jsbind.it.records;

import dev.jsbind.annotations.JsValue;
import dev.jsbind.runtime.JsRuntime;
import java.util.List;

/**
 * A record whose constructor and accessor call scripts (issue 11, class 3): decoding it as an
 * argument and copying it as a result run them, and the scripts call members that pass strings
 * and copy values of their own.
 */
@JsValue
public record Noisy(String label, List<Integer> values) {
  public Noisy {
    JsRuntime.current().exec("Planner.join('n1', 'n2'); Planner.shifted({from: 1, to: 2}, 5)");
  }

  @Override
  public String label() {
    JsRuntime.current().exec("JSON.stringify(Planner.shifted({from: 0, to: 1}, 1)) + Planner.join('n3', 'n4')");
    return label;
  }
}
