package dev.jsbind.it;

public enum Color {
  RED, GREEN, BLUE
}
