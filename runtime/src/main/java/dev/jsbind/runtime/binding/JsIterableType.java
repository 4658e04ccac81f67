package dev.jsbind.runtime.binding;

import java.util.Iterator;

/**
 * An {@code Iterable<T>} or {@code Iterator<T>} returned to JavaScript: an object that works with
 * {@code for…of} and spread, reading elements lazily and converting each as an {@link #element()}.
 */
public final class JsIterableType extends JsType {
  private final JsType element;

  private JsIterableType(Kind kind, Class<?> type, JsType element) {
    super(kind, true, type, kind == Kind.ITERABLE ? "an iterable" : "an iterator");
    if (element == null) {
      throw new NullPointerException("element");
    }
    if (element.kind() == Kind.VOID) {
      throw new IllegalArgumentException("elements cannot be void");
    }
    this.element = element;
  }

  /** An {@code Iterable} of {@code element}s: each {@code for…of} gets a fresh Java iterator. */
  public static JsIterableType iterable(JsType element) {
    return new JsIterableType(Kind.ITERABLE, Iterable.class, element);
  }

  /** An {@code Iterator} of {@code element}s: JavaScript can walk it once. */
  public static JsIterableType iterator(JsType element) {
    return new JsIterableType(Kind.ITERATOR, Iterator.class, element);
  }

  public JsType element() {
    return element;
  }
}
