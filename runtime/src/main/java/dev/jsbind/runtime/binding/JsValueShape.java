package dev.jsbind.runtime.binding;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The generated description of one {@code @JsValue} class: its components (JavaScript property
 * names and types) and how to take an instance apart and build one. A value crosses as a plain
 * JavaScript object holding a copy of each component. Generated code supplies the constructor and
 * accessor calls, so no reflection is needed.
 *
 * <p>{@link #types()} is called lazily, once, so that a value class may contain itself
 * ({@code record Node(String name, List<Node> children)}).
 *
 * @param <T> the value class
 */
public abstract class JsValueShape<T> {
  /** Suffix of generated shape class names. */
  public static final String SUFFIX = "_JsValue";

  private final Class<T> type;
  private final String jsName;
  private final List<String> names;
  private final int format;
  private volatile JsType[] types;

  /** {@code format}: the {@link BindingFormat} the shape was generated for; checked where a binding uses it. */
  protected JsValueShape(Class<T> type, String jsName, int format, String... names) {
    this.type = type;
    this.jsName = jsName;
    this.format = format;
    this.names = Collections.unmodifiableList(Arrays.asList(names.clone()));
  }

  /** The component types, in the order of the names. */
  protected abstract JsType[] types();

  /** Builds an instance from its components (in order, converted to their Java types). */
  protected abstract T create(Object[] components) throws Throwable;

  /** The components of {@code value}, in order, boxed. */
  protected abstract Object[] components(T value) throws Throwable;

  /** Reads component {@code index} of {@link #create}'s array as its Java type. */
  @SuppressWarnings("unchecked") // the runtime built the component as the declared type
  protected static <C> C component(Object[] components, int index) {
    return (C) components[index];
  }

  /** The {@link BindingFormat} this shape was generated for. */
  public final int format() {
    return format;
  }

  public final Class<T> javaClass() {
    return type;
  }

  /** The name TypeScript declarations give the value's interface. */
  public final String jsName() {
    return jsName;
  }

  /** The JavaScript property names of the components, in order. */
  public final List<String> names() {
    return names;
  }

  /** The component types (computed once). */
  public final JsType componentType(int index) {
    JsType[] known = types;
    if (known == null) {
      known = types();
      if (known.length != names.size()) {
        throw new IllegalStateException(type.getName() + ": " + known.length + " types for " + names.size() + " components");
      }
      types = known;
    }
    return known[index];
  }

  /** Builds an instance (for the runtime). */
  public final T newInstance(Object[] components) throws Throwable {
    return create(components);
  }

  /** Takes {@code value} apart (for the runtime). */
  public final Object[] componentsOf(Object value) throws Throwable {
    return components(type.cast(value));
  }
}
