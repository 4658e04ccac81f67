package dev.jsbind.runtime.j2v8;

import dev.jsbind.runtime.binding.JsParam;
import dev.jsbind.runtime.binding.JsType;

/** One declared member of a class template: what it is, its signature and the lambda behind it. */
final class Member {
  enum Kind {
    CONSTRUCTOR, METHOD, STATIC_METHOD, GETTER, SETTER, STATIC_GETTER, STATIC_SETTER, CONSTANT,
    /**
     * Not declared by a binding: one per function, promise, iterable or iterator type in a member's
     * signature (see {@link Composites}). {@code where} names that position; a function's params and
     * returns are its abstract method's and its body the invoker; the others hold their element type.
     */
    FUNCTION, PROMISE, ITERABLE, ITERATOR
  }

  final Kind kind;
  /** The exposed class; receivers must be instances of it. */
  final Class<?> owner;
  final String jsName;
  /** How error messages name it: {@code new Counter}, {@code Counter.add}, {@code Counter.value}. */
  final String where;
  final JsType returns;
  final JsParam[] params;
  /** The implementation: a {@code ClassTemplate} lambda (static accessors as a {@code StaticMethod}), or a constant's value. */
  final Object body;
  /**
   * A getter of a final field whose value the wrapper carries from its creation on (see
   * {@link FinalFields}); set once, while the template is declared.
   */
  private boolean fixed;

  Member(Kind kind, Class<?> owner, String className, String jsName, JsType returns, JsParam[] params, Object body) {
    this.kind = kind;
    this.owner = owner;
    this.jsName = jsName;
    this.where = kind == Kind.CONSTRUCTOR ? "new " + className : className == null ? jsName : className + "." + jsName;
    this.returns = returns;
    this.params = params.clone();
    this.body = body;
  }

  private Member(Member declared, JsType returns, JsParam[] params) {
    this.kind = declared.kind;
    this.owner = declared.owner;
    this.jsName = declared.jsName;
    this.where = declared.where;
    this.returns = returns;
    this.params = params.clone();
    this.body = declared.body;
    this.fixed = declared.fixed;
  }

  /** This member with the same but distinct type objects in its signature (see {@link Composites}). */
  Member withSignature(JsType returns, JsParam[] params) {
    return new Member(this, returns, params);
  }

  void markFixed() {
    fixed = true;
  }

  boolean fixed() {
    return fixed;
  }

  /** Whether it is a member of the constructor function rather than of the prototype. */
  boolean isStatic() {
    return kind == Kind.STATIC_METHOD || kind == Kind.STATIC_GETTER || kind == Kind.STATIC_SETTER
        || kind == Kind.CONSTANT;
  }

  /** Whether JavaScript reaches it through a native (constants are plain values). */
  boolean hasNative() {
    return kind != Kind.CONSTANT && kind != Kind.PROMISE;
  }

  /** Whether it stands for a type in another member's signature rather than a member of its own. */
  boolean isComposite() {
    return kind == Kind.FUNCTION || kind == Kind.PROMISE || kind == Kind.ITERABLE || kind == Kind.ITERATOR;
  }

  /** Whether the native receives the receiver's id as argument 0. */
  boolean hasReceiver() {
    return kind == Kind.METHOD || kind == Kind.GETTER || kind == Kind.SETTER
        || kind == Kind.FUNCTION || kind == Kind.ITERABLE || kind == Kind.ITERATOR;
  }
}
