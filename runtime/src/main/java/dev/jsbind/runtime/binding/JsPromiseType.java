package dev.jsbind.runtime.binding;

import java.util.concurrent.CompletableFuture;

/**
 * A {@code CompletableFuture<T>} or {@code CompletionStage<T>}: a {@code Promise} in JavaScript,
 * settled with a value of {@link #value()}'s type.
 */
public final class JsPromiseType extends JsType {
  private final JsType value;

  private JsPromiseType(JsType value, boolean nullable) {
    super(Kind.PROMISE, nullable, CompletableFuture.class, "a Promise" + (nullable ? " or null" : ""));
    if (value == null) {
      throw new NullPointerException("value");
    }
    this.value = value;
  }

  /**
   * A promise of {@code value}s; {@link JsType#VOID} for {@code CompletableFuture<Void>}, whose
   * promise resolves with {@code undefined} and whose script promises' values are ignored.
   */
  public static JsPromiseType of(JsType value) {
    return new JsPromiseType(value, false);
  }

  /** As {@link #of}, where {@code null} is also accepted ({@code @JsNullable}). */
  public static JsPromiseType nullableOf(JsType value) {
    return new JsPromiseType(value, true);
  }

  public JsType value() {
    return value;
  }

  /**
   * {@code value}, a future {@link JsFunction#call} returned for a {@code JsPromiseType} result, as
   * the future type generated code declares. The glue checked its values against that type.
   */
  @SuppressWarnings("unchecked")
  public static <T> CompletableFuture<T> future(Object value) {
    return (CompletableFuture<T>) value;
  }
}
