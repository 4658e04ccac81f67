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

  /** The declared members followed by one member per composite type they use. */
  static List<Member> expand(List<Member> declared) {
    Composites composites = new Composites(declared);
    for (Member member : declared) {
      for (int p = 0; p < member.params.length; p++) {
        JsParam param = member.params[p];
        composites.visit(member.owner, param.type(), member.kind == Member.Kind.SETTER
            || member.kind == Member.Kind.STATIC_SETTER
            ? member.where + ": the value" : member.where + ": argument " + (p + 1) + " (" + param.name() + ")");
      }
      composites.visit(member.owner, member.returns, member.where + ": the result");
    }
    return composites.members;
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
      return; // a type object used at two positions gets one member, named after the first
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
