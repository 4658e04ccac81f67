package com.example.values;

import dev.jsbind.annotations.JsValue;
import java.util.List;
import java.util.Optional;

/** A fruit, copied to and from JavaScript. */
@JsValue
public class Fruit {
  /** Its name. */
  public String name;
  public double weight;
  public Optional<String> variety = Optional.empty();
  public List<Origin> origins;

  public Fruit() {}
}
