package com.example.values;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsNullable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A basket of fruit: values and collections in every position. */
@JsExposed
public class Basket {
  public List<Fruit> fruit;
  public static Map<String, Integer> prices;

  public Basket() {}

  /** Adds fruit and answers how many there are. */
  public int add(List<Fruit> more) {
    return 0;
  }

  public int[] weights(double[] scale, @JsNullable String[] names) {
    return null;
  }

  public Set<String> names() {
    return null;
  }

  public Map<String, List<Fruit>> byName(Set<String> names) {
    return null;
  }

  public Optional<Fruit> find(Optional<String> name) {
    return Optional.empty();
  }

  public Map<Ripeness, Integer> ripeness(Map<Ripeness, List<Fruit>> sorted) {
    return null;
  }

  public List<Basket> nested(List<Map<String, int[][]>> grid) {
    return null;
  }
}
