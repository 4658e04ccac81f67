package dev.jsbind.samples.todo;

/** Crosses to JavaScript as its name: "LOW", "NORMAL", "HIGH". */
public enum Priority {
  LOW, NORMAL, HIGH
}
