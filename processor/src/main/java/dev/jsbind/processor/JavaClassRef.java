package dev.jsbind.processor;

import java.util.List;

/** A Java class by name: its package and its simple names from the top-level class inwards. */
record JavaClassRef(String packageName, List<String> simpleNames) {
  JavaClassRef {
    simpleNames = List.copyOf(simpleNames);
    if (simpleNames.isEmpty()) {
      throw new IllegalArgumentException("a class has at least one simple name");
    }
  }

  String simpleName() {
    return simpleNames.get(simpleNames.size() - 1);
  }

  /** {@code pkg.Outer.Inner}: the name Java source uses, and {@code Elements.getTypeElement} takes. */
  String canonicalName() {
    String nested = String.join(".", simpleNames);
    return packageName.isEmpty() ? nested : packageName + "." + nested;
  }
}
