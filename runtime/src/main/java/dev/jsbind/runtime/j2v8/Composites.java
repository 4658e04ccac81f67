package dev.jsbind.runtime.j2v8;

import dev.jsbind.runtime.binding.JsFunctionType;
import dev.jsbind.runtime.binding.JsIterableType;
import dev.jsbind.runtime.binding.JsParam;
import dev.jsbind.runtime.binding.JsPromiseType;
import dev.jsbind.runtime.binding.JsType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every function, promise, iterable and iterator type in a class's member signatures (at any
 * depth) a member of its own, appended after the declared ones: its {@code where} names the
 * position for error messages, and its body is the type itself. {@link ShimWriter} writes the
 * JavaScript for each (the function JavaScript calls, the adapter Java calls through, the promise
 * and iterator glue) next to the class, and the ones JavaScript calls into Java get a native like
 * any member.
 */
final class Composites {
  private final List<Member> members;
  private final Map<JsType, Boolean> seen = new IdentityHashMap<JsType, Boolean>();

  private Composites(List<Member> declared) {
    this.members = new ArrayList<Member>(declared);
  }

  /**
   * The declared members followed by one member per position of a composite type in their
   * signatures. A binding may use one type object at several positions (two methods taking the
   * same {@code Predicate<String>}); each position after the first gets a copy of it, so that every
   * message names its own member and parameter.
   */
  static List<Member> expand(List<Member> declared) {
    Composites composites = new Composites(declared);
    for (int m = 0; m < declared.size(); m++) {
      Member member = declared.get(m);
      JsParam[] params = new JsParam[member.params.length];
      boolean copied = false;
      for (int p = 0; p < params.length; p++) {
        JsParam param = member.params[p];
        JsType type = composites.unseen(param.type());
        params[p] = type == param.type() ? param
            : param.rest() ? JsParam.rest(param.name(), type)
            : param.optional() ? JsParam.optional(param.name(), type) : JsParam.of(param.name(), type);
        copied |= type != param.type();
        composites.visit(member.owner, type, member.kind == Member.Kind.SETTER
            || member.kind == Member.Kind.STATIC_SETTER
            ? member.where + ": the value" : member.where + ": argument " + (p + 1) + " (" + param.name() + ")");
      }
      JsType returns = composites.unseen(member.returns);
      copied |= returns != member.returns;
      composites.visit(member.owner, returns, member.where + ": the result");
      if (copied) {
        composites.members.set(m, member.withSignature(returns, params));
      }
    }
    return composites.members;
  }

  /** {@code type}, or a copy of it when a member already stands for it (or for a type inside it). */
  private JsType unseen(JsType type) {
    return type != null && containsSeen(type) ? copy(type) : type;
  }

  private boolean containsSeen(JsType type) {
    switch (type.kind()) {
      case FUNCTION:
        JsFunctionType function = (JsFunctionType) type;
        boolean seenInside = seen.containsKey(type) || containsSeen(function.returns());
        for (int p = 0; p < function.arity() && !seenInside; p++) {
          seenInside = containsSeen(function.param(p).type());
        }
        return seenInside;
      case PROMISE:
        return seen.containsKey(type) || containsSeen(((JsPromiseType) type).value());
      case ITERABLE:
      case ITERATOR:
        return seen.containsKey(type) || containsSeen(((JsIterableType) type).element());
      default:
        return false;
    }
  }

  /** A distinct type object that converts exactly as {@code type} does, composite types inside it copied too. */
  @SuppressWarnings({"unchecked", "rawtypes"}) // the invoker keeps the functional interface it was made for
  private static JsType copy(JsType type) {
    switch (type.kind()) {
      case FUNCTION:
        JsFunctionType function = (JsFunctionType) type;
        JsParam[] params = new JsParam[function.arity()];
        for (int p = 0; p < params.length; p++) {
          params[p] = JsParam.of(function.param(p).name(), copy(function.param(p).type()));
        }
        JsFunctionType.Invoker invoker = function.invoker();
        return function.nullable()
            ? JsFunctionType.nullableOf((Class) function.javaClass(), copy(function.returns()), invoker, params)
            : JsFunctionType.of((Class) function.javaClass(), copy(function.returns()), invoker, params);
      case PROMISE:
        JsPromiseType promise = (JsPromiseType) type;
        return promise.nullable() ? JsPromiseType.nullableOf(copy(promise.value())) : JsPromiseType.of(copy(promise.value()));
      case ITERABLE:
        return JsIterableType.iterable(copy(((JsIterableType) type).element()));
      case ITERATOR:
        return JsIterableType.iterator(copy(((JsIterableType) type).element()));
      default:
        return type; // not a composite: nothing stands for it
    }
  }

  /** Which member stands for each composite type among {@code members} (as {@link #expand} made them). */
  static Map<JsType, Integer> indexOf(List<Member> members) {
    Map<JsType, Integer> index = new IdentityHashMap<JsType, Integer>();
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).isComposite()) {
        index.put((JsType) members.get(i).body, i);
      }
    }
    return index;
  }

  private void visit(Class<?> owner, JsType type, String where) {
    if (type == null || seen.put(type, Boolean.TRUE) != null) {
      return; // only within one type (an iterable's iterator); expand() copies types used twice
    }
    switch (type.kind()) {
      case FUNCTION:
        JsFunctionType function = (JsFunctionType) type;
        add(Member.Kind.FUNCTION, owner, where, function.returns(), function.params(), function);
        for (int p = 0; p < function.arity(); p++) {
          visit(owner, function.param(p).type(), where + ": argument " + (p + 1) + " (" + function.param(p).name() + ")");
        }
        visit(owner, function.returns(), where + ": its result");
        break;
      case PROMISE:
        JsType value = ((JsPromiseType) type).value();
        add(Member.Kind.PROMISE, owner, where, value, new JsParam[0], type);
        visit(owner, value, where + ": its value");
        break;
      case ITERABLE:
        // Each [Symbol.iterator]() call returns a fresh Java iterator, as this iterator type.
        JsIterableType iterator = JsIterableType.iterator(((JsIterableType) type).element());
        add(Member.Kind.ITERABLE, owner, where, iterator, new JsParam[0], type);
        visit(owner, iterator, where);
        break;
      case ITERATOR:
        JsType element = ((JsIterableType) type).element();
        add(Member.Kind.ITERATOR, owner, where, element, new JsParam[0], type);
        visit(owner, element, where + ": an element");
        break;
      default:
        break;
    }
  }

  private void add(Member.Kind kind, Class<?> owner, String where, JsType returns, JsParam[] params, JsType type) {
    members.add(new Member(kind, owner, null, where, returns, params, type));
  }
}
