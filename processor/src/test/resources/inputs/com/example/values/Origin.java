package com.example.values;

import dev.jsbind.annotations.JsValue;

/** Where a fruit comes from: built with its all-fields constructor. */
@JsValue
public final class Origin {
  public final String country;
  public final int year;

  public Origin(String country, int year) {
    this.country = country;
    this.year = year;
  }
}
