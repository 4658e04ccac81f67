package dev.jsbind.runtime.j2v8;

import dev.jsbind.runtime.binding.JsParam;
import dev.jsbind.runtime.binding.JsType;

/** One declared member of a class template: what it is, its signature and the lambda behind it. */
final class Member {
  enum Kind {
    CONSTRUCTOR, METHOD, STATIC_METHOD, GETTER, SETTER
  }

  final Kind kind;
  /** The exposed class; receivers must be instances of it. */
  final Class<?> owner;
  final String jsName;
  /** How error messages name it: {@code new Counter}, {@code Counter.add}, {@code Counter.value}. */
  final String where;
  final JsType returns;
  final JsParam[] params;
  final Object body;

  Member(Kind kind, Class<?> owner, String className, String jsName, JsType returns, JsParam[] params, Object body) {
    this.kind = kind;
    this.owner = owner;
    this.jsName = jsName;
    this.where = kind == Kind.CONSTRUCTOR ? "new " + className : className + "." + jsName;
    this.returns = returns;
    this.params = params.clone();
    this.body = body;
  }

  /** Whether the native receives the receiver's id as argument 0. */
  boolean hasReceiver() {
    return kind == Kind.METHOD || kind == Kind.GETTER || kind == Kind.SETTER;
  }
}
