package dev.jsbind.runtime.j2v8;

import dev.jsbind.runtime.binding.ClassTemplate;
import dev.jsbind.runtime.binding.JsBinding;
import dev.jsbind.runtime.binding.JsParam;
import dev.jsbind.runtime.binding.JsType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects what a {@link JsBinding} declares. Names end up in generated JavaScript source, so they
 * are checked here too (the processor checks them at compile time; a hand-written or stale
 * binding must not be able to inject code).
 */
final class TemplateBuilder<T> implements ClassTemplate<T> {
  private final String className;
  private final Class<T> type;
  private final List<Member> members = new ArrayList<Member>();
  private final Set<String> instanceNames = new HashSet<String>();
  private final Set<String> staticNames = new HashSet<String>();
  private Member constructor;

  TemplateBuilder(JsBinding<T> binding) {
    this.className = JsNames.requireIdentifier(binding.jsName(), "class name of " + binding.type().getName());
    this.type = binding.type();
  }

  static <T> List<Member> membersOf(JsBinding<T> binding) {
    TemplateBuilder<T> builder = new TemplateBuilder<T>(binding);
    binding.define(builder);
    return builder.members();
  }

  List<Member> members() {
    return members;
  }

  @Override
  public void constructor(Constructor<T> body, JsParam... params) {
    if (constructor != null) {
      throw new IllegalArgumentException(className + " declares more than one constructor");
    }
    constructor = add(Member.Kind.CONSTRUCTOR, "constructor", JsType.object(type), body, params);
  }

  @Override
  public void method(String jsName, JsType returns, Method<T> body, JsParam... params) {
    claim(instanceNames, jsName);
    add(Member.Kind.METHOD, jsName, returns, body, params);
  }

  @Override
  public void staticMethod(String jsName, JsType returns, StaticMethod body, JsParam... params) {
    claim(staticNames, jsName);
    add(Member.Kind.STATIC_METHOD, jsName, returns, body, params);
  }

  @Override
  public void property(String jsName, JsType type, Getter<T> getter, Setter<T> setter) {
    claim(instanceNames, jsName);
    if (type.kind() == JsType.Kind.VOID) {
      throw new IllegalArgumentException(className + "." + jsName + ": a property cannot be void");
    }
    add(Member.Kind.GETTER, jsName, type, nonNull(getter, jsName), new JsParam[0]);
    if (setter != null) {
      add(Member.Kind.SETTER, jsName, JsType.VOID, setter, new JsParam[] {JsParam.of("value", type)});
    }
  }

  private Member add(Member.Kind kind, String jsName, JsType returns, Object body, JsParam[] params) {
    if (params.length > ArgumentSlots.MAX_PARAMETERS) {
      throw new IllegalArgumentException(className + "." + jsName + " has " + params.length
          + " parameters; jsbind supports at most " + ArgumentSlots.MAX_PARAMETERS);
    }
    Member member = new Member(kind, type, className, jsName, returns, params, nonNull(body, jsName));
    members.add(member);
    return member;
  }

  private void claim(Set<String> names, String jsName) {
    if (jsName == null || jsName.isEmpty()) {
      throw new IllegalArgumentException(className + ": a member needs a name");
    }
    if (!names.add(jsName)) {
      throw new IllegalArgumentException(className + " declares '" + jsName + "' twice");
    }
    if (JsNames.isReservedMember(jsName, names == staticNames)) {
      throw new IllegalArgumentException(className + ": '" + jsName + "' is reserved in JavaScript classes");
    }
  }

  private <B> B nonNull(B body, String jsName) {
    if (body == null) {
      throw new NullPointerException(className + "." + jsName + ": no implementation");
    }
    return body;
  }
}
