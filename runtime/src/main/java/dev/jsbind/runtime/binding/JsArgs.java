package dev.jsbind.runtime.binding;

/**
 * The arguments of one call from JavaScript, already checked against the declared parameter types,
 * read by index (0 is the first declared parameter). Valid only while the lambda it was passed to
 * runs.
 */
public interface JsArgs {
  /**
   * How many arguments there are: the declared parameters, except that a rest parameter counts as
   * its elements (so a rest parameter at index 1 has elements 1 to {@code size() - 1}).
   */
  int size();

  boolean booleanAt(int index);

  byte byteAt(int index);

  short shortAt(int index);

  int intAt(int index);

  long longAt(int index);

  float floatAt(int index);

  double doubleAt(int index);

  char charAt(int index);

  /** A {@code String} (or {@code null}). */
  String stringAt(int index);

  Boolean boxedBooleanAt(int index);

  Byte boxedByteAt(int index);

  Short boxedShortAt(int index);

  Integer boxedIntAt(int index);

  Long boxedLongAt(int index);

  Float boxedFloatAt(int index);

  Double boxedDoubleAt(int index);

  Character boxedCharAt(int index);

  /** An enum constant (or {@code null}) of the parameter's declared {@link JsEnum}. */
  <E extends Enum<E>> E enumAt(int index, Class<E> type);

  /** The Java object behind the wrapper passed at {@code index}, checked to be a {@code type}. */
  <T> T objectAt(int index, Class<T> type);

  /**
   * A value copied from JavaScript (an array, collection, {@code Optional} or {@code @JsValue}
   * object, see {@link JsComposite}), already checked and converted to the declared Java type.
   */
  <T> T valueAt(int index);
  /** The JavaScript function passed at {@code index} (or {@code null}), for a {@link JsFunctionType} parameter. */
  JsFunction functionAt(int index);

  /**
   * The future completed when the promise passed at {@code index} settles (or {@code null}), for a
   * {@link JsPromiseType} parameter; its value was checked in JavaScript against the declared type.
   */
  <T> java.util.concurrent.CompletableFuture<T> futureAt(int index);
}
