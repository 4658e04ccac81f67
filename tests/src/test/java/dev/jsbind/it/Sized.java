package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsProperty;

/**
 * An exposed interface, implemented by an exposed class directly (Box), by one through a
 * non-exposed superclass and superinterface (Bag), and by a class that is not exposed (Hidden).
 */
@JsExposed
public interface Sized {
  int size();

  /** An interface-typed parameter. */
  default boolean largerThan(Sized other) {
    return size() > other.size();
  }

  @JsProperty
  default String getLabel() {
    return "sized " + size();
  }

  static int total(Sized first, Sized second) {
    return first.size() + second.size();
  }

  /** Returns an object of a class that is not exposed: it reaches JavaScript as a Sized. */
  static Sized hidden(int size) {
    return new Hidden(size);
  }

  /** An object of a non-exposed subclass of a non-exposed implementor. */
  static Sized smaller(int size) {
    return new Smaller(size);
  }

  /** Not exposed: it extends Sized without adding anything JavaScript sees. */
  interface Counted extends Sized {
    int count();

    @Override
    default int size() {
      return count();
    }
  }

  /** Not exposed, and neither is any of its superclasses. */
  class Hidden implements Sized {
    private final int size;

    Hidden(int size) {
      this.size = size;
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** Not exposed: seen first, it must not make its superclass Hidden count as not exposed. */
  final class Smaller extends Hidden {
    Smaller(int size) {
      super(size - 1);
    }
  }
}
