package dev.jsbind.runtime.binding;

/**
 * What a {@link JsBinding} declares its members on. Implemented by the runtime; each call adds one
 * member to the class's JavaScript template. Argument checking (arity, types, ranges, receivers)
 * is done by the runtime from the declared {@link JsType}s before a lambda runs, so lambdas only
 * read already-checked values from {@link JsArgs}.
 *
 * @param <T> the exposed class
 */
public interface ClassTemplate<T> {

  /**
   * Declares a constructor JavaScript {@code new} calls. Several are one overloaded constructor,
   * dispatched as overloaded methods are (by argument count, then by the kind of value at one
   * position); they cannot have optional or rest parameters then.
   */
  void constructor(Constructor<T> body, JsParam... params);

  /** Declares a prototype method. */
  void method(String jsName, JsType returns, Method<T> body, JsParam... params);

  /** Declares a method of the constructor function (a Java static method). */
  void staticMethod(String jsName, JsType returns, StaticMethod body, JsParam... params);

  /**
   * Declares an accessor property on the prototype. A {@code null} setter makes it read-only:
   * assigning to it throws a {@code TypeError}.
   */
  void property(String jsName, JsType type, Getter<T> getter, Setter<T> setter);

  /**
   * Declares a read-only property backed by a {@code final} instance field of a primitive type or
   * {@code String}. Its value never changes, so the runtime may read it once, when it makes the
   * object's wrapper, and answer later reads in JavaScript without calling Java. It behaves as
   * {@link #property} with a {@code null} setter otherwise (an accessor on the prototype, assigning
   * throws a {@code TypeError}, the receiver is checked); for other types it is exactly that.
   */
  void finalField(String jsName, JsType type, Getter<T> getter);

  /**
   * Declares an accessor property of the constructor function (a Java static field). A
   * {@code null} setter makes it read-only: assigning to it throws a {@code TypeError}.
   */
  void staticProperty(String jsName, JsType type, StaticGetter getter, StaticSetter setter);

  /**
   * Declares a constant of the constructor function: a read-only data property holding
   * {@code value}, defined once in JavaScript, so reading it never calls Java. {@code type} is a
   * primitive type or {@link JsType#STRING}, and {@code value} its boxed value (not {@code null}).
   */
  void constant(String jsName, JsType type, Object value);

  /**
   * Declares every member listed in {@code table} (the format is described in {@link MemberTable}),
   * each calling {@code binding.invoke} with its number; {@code types} are the types the table
   * refers to by index. This is how generated bindings declare their members.
   */
  default void members(String table, JsType[] types, JsBinding<T> binding) {
    MemberTable.declare(this, table, types, binding);
  }

  /** Creates the Java object for {@code new}. */
  interface Constructor<T> {
    T construct(JsArgs args) throws Throwable;
  }

  /** Calls an instance method; returns its result (boxed), or {@code null} for {@code void}. */
  interface Method<T> {
    Object invoke(T self, JsArgs args) throws Throwable;
  }

  /** Calls a static method; returns its result (boxed), or {@code null} for {@code void}. */
  interface StaticMethod {
    Object invoke(JsArgs args) throws Throwable;
  }

  /** Reads a property. */
  interface Getter<T> {
    Object get(T self) throws Throwable;
  }

  /** Reads a static property. */
  interface StaticGetter {
    Object get() throws Throwable;
  }

  /** Writes a static property; the new value is argument 0 of {@code value}. */
  interface StaticSetter {
    void set(JsArgs value) throws Throwable;
  }

  /** Writes a property; the new value is argument 0 of {@code value}. */
  interface Setter<T> {
    void set(T self, JsArgs value) throws Throwable;
  }
}
