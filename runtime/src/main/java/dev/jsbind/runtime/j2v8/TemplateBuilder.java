package dev.jsbind.runtime.j2v8;

import dev.jsbind.runtime.binding.ClassTemplate;
import dev.jsbind.runtime.binding.JsArgs;
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
  /** Names of methods (prefixed "static " for statics), which further methods may overload. */
  private final Set<String> methodNames = new HashSet<String>();
  TemplateBuilder(JsBinding<T> binding) {
    this.className = JsNames.requireClassName(binding.jsName(), "class name of " + binding.type().getName());
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
    add(Member.Kind.CONSTRUCTOR, "constructor", JsType.object(type), body, params);
  }

  @Override
  public void method(String jsName, JsType returns, Method<T> body, JsParam... params) {
    if (methodNames.add(jsName)) {
      claim(instanceNames, jsName);
    }
    add(Member.Kind.METHOD, jsName, returns, body, params);
  }

  @Override
  public void staticMethod(String jsName, JsType returns, StaticMethod body, JsParam... params) {
    if (methodNames.add("static " + jsName)) {
      claim(staticNames, jsName);
    }
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

  @Override
  public void finalField(String jsName, JsType type, Getter<T> getter) {
    property(jsName, type, getter, null);
    if (FinalFields.canHold(type)) {
      members.get(members.size() - 1).markFixed();
    }
  }

  @Override
  public void staticProperty(String jsName, JsType type, final StaticGetter getter, final StaticSetter setter) {
    claim(staticNames, jsName);
    if (type.kind() == JsType.Kind.VOID) {
      throw new IllegalArgumentException(className + "." + jsName + ": a property cannot be void");
    }
    nonNull(getter, jsName);
    // Invoked like static methods: a getter takes no arguments, a setter one.
    add(Member.Kind.STATIC_GETTER, jsName, type, new StaticMethod() {
      @Override
      public Object invoke(JsArgs args) throws Throwable {
        return getter.get();
      }
    }, new JsParam[0]);
    if (setter != null) {
      add(Member.Kind.STATIC_SETTER, jsName, JsType.VOID, new StaticMethod() {
        @Override
        public Object invoke(JsArgs args) throws Throwable {
          setter.set(args);
          return null;
        }
      }, new JsParam[] {JsParam.of("value", type)});
    }
  }

  @Override
  public void constant(String jsName, JsType type, Object value) {
    claim(staticNames, jsName);
    if (!isConstantValue(type, value)) {
      throw new IllegalArgumentException(className + "." + jsName + ": " + value + " is not a constant of type " + type);
    }
    add(Member.Kind.CONSTANT, jsName, type, value, new JsParam[0]);
  }

  /** Whether {@code value} is a non-null boxed value of the primitive (or String) {@code type}. */
  private static boolean isConstantValue(JsType type, Object value) {
    if (value == null || type.nullable() && type.kind() != JsType.Kind.STRING) {
      return false;
    }
    switch (type.kind()) {
      case BOOLEAN:
        return value instanceof Boolean;
      case BYTE:
        return value instanceof Byte;
      case SHORT:
        return value instanceof Short;
      case INT:
        return value instanceof Integer;
      case LONG:
        return value instanceof Long
            && (Long) value <= JsValues.MAX_SAFE_INTEGER && (Long) value >= -JsValues.MAX_SAFE_INTEGER;
      case FLOAT:
        return value instanceof Float;
      case DOUBLE:
        return value instanceof Double;
      case CHAR:
        return value instanceof Character;
      case STRING:
        return value instanceof String;
      default:
        return false;
    }
  }

  private Member add(Member.Kind kind, String jsName, JsType returns, Object body, JsParam[] params) {
    if (params.length > ArgumentSlots.MAX_PARAMETERS) {
      throw new IllegalArgumentException(className + "." + jsName + " has " + params.length
          + " parameters; jsbind supports at most " + ArgumentSlots.MAX_PARAMETERS);
    }
    checkOrder(jsName, params);
    Member member = new Member(kind, type, className, jsName, returns, params, nonNull(body, jsName));
    members.add(member);
    return member;
  }

  /** Required parameters, then optional ones, then at most one rest parameter, last. */
  private void checkOrder(String jsName, JsParam[] params) {
    boolean optionalSeen = false;
    for (int p = 0; p < params.length; p++) {
      if (params[p].rest() && p != params.length - 1) {
        throw new IllegalArgumentException(className + "." + jsName + ": only the last parameter can be a rest parameter");
      }
      if (!params[p].optional() && !params[p].rest() && optionalSeen) {
        throw new IllegalArgumentException(className + "." + jsName + ": a required parameter follows an optional one");
      }
      optionalSeen |= params[p].optional();
    }
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
