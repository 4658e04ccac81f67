package com.example.shapes;

/** Not exposed: its public members appear on each exposed subclass. */
public abstract class Named<T> {
  public String name;
  public T owner;

  public abstract double area();

  public String label() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return 0;
  }

  protected void helper() {}

  public static Named<String> unnamed() {
    return null;
  }
}
