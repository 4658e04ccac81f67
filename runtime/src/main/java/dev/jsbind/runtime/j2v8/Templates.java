package dev.jsbind.runtime.j2v8;

import com.eclipsesource.v8.V8;
import com.eclipsesource.v8.V8Array;
import com.eclipsesource.v8.V8Object;
import dev.jsbind.runtime.binding.JsBinding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The class templates of one runtime. A template is built the first time it is needed (installed
 * as a global, or an instance of its class handed to JavaScript) and then reused: its natives are
 * registered once, never per instance or per call.
 */
final class Templates {
  private final J2v8Runtime runtime;
  private final V8 v8;
  private final V8Object helpers;
  private final V8Array slots;
  private final Map<Class<?>, Template> byExposedClass = new HashMap<Class<?>, Template>();
  /** Any runtime class seen so far → the template of its nearest exposed class (or none). */
  private final Map<Class<?>, Template> byRuntimeClass = new HashMap<Class<?>, Template>();
  private final Set<Class<?>> notExposed = new HashSet<Class<?>>();
  private final Set<Class<?>> globals = new HashSet<Class<?>>();
  private final List<Template> all = new ArrayList<Template>();

  Templates(J2v8Runtime runtime, V8 v8, V8Object helpers, V8Array slots) {
    this.runtime = runtime;
    this.v8 = v8;
    this.helpers = helpers;
    this.slots = slots;
  }

  /** Makes {@code type}'s constructor a global, building its template if needed. */
  void installGlobal(Class<?> type) {
    Template template = forExposedClass(type);
    if (template == null) {
      throw new IllegalArgumentException(type.getName() + " has no jsbind binding: annotate it with @JsExposed and"
          + " compile it with the jsbind annotation processor (expected class " + JsBinding.bindingClassName(type) + ")");
    }
    if (globals.add(type)) {
      v8.add(template.binding.jsName(), template.constructor);
    }
  }

  boolean isExposed(Class<?> type) {
    return nearest(type) != null;
  }

  /** The template for an object of an exposed class or of a subclass of one. */
  Template forInstance(Object object) {
    Template template = nearest(object.getClass());
    if (template == null) {
      throw new IllegalArgumentException(object.getClass().getName() + " is not a @JsExposed class");
    }
    return template;
  }

  /** Constructor, prototype and the runtime-wide handles: what {@link #release} frees. */
  long handleCount() {
    return 2L * all.size();
  }

  void release() {
    for (Template template : all) {
      template.release();
    }
    all.clear();
    byExposedClass.clear();
    byRuntimeClass.clear();
  }

  private Template nearest(Class<?> type) {
    if (type == null) {
      return null;
    }
    Template known = byRuntimeClass.get(type);
    if (known != null || notExposed.contains(type)) {
      return known;
    }
    Template found = null;
    for (Class<?> c = type; c != null && found == null; c = c.getSuperclass()) {
      found = forExposedClass(c);
    }
    if (found == null) {
      notExposed.add(type);
    } else {
      byRuntimeClass.put(type, found);
    }
    return found;
  }

  private Template forExposedClass(Class<?> type) {
    Template template = byExposedClass.get(type);
    if (template == null && !notExposed.contains(type)) {
      JsBinding<?> binding = Bindings.find(type);
      if (binding == null) {
        notExposed.add(type);
        return null;
      }
      template = build(binding);
      byExposedClass.put(type, template);
      all.add(template);
    }
    return template;
  }

  private Template build(JsBinding<?> binding) {
    List<Member> members = TemplateBuilder.membersOf(binding);
    // A binding declares only its class's own members; those of an exposed superclass are reached
    // through the prototype chain, as `class Circle extends Shape`.
    Template parent = nearest(binding.type().getSuperclass());
    String source = ShimWriter.write(binding.jsName(), members, parent != null);
    V8Object natives = helpers.executeObjectFunction("holder", null);
    try {
      for (int i = 0; i < members.size(); i++) {
        if (members.get(i).hasNative()) {
          natives.registerJavaMethod(new MemberCallback(runtime, members.get(i)), "m" + i);
        }
      }
      if (parent != null) {
        natives.add("parent", parent.constructor);
      }
      // Handed over through the private slots, not a J2V8 argument array (see ArgumentSlots).
      slots.add("0", source);
      slots.add("1", natives);
      V8Object constructor = helpers.executeObjectFunction("define", null);
      return new Template(binding, constructor, constructor.getObject("prototype"));
    } finally {
      natives.release();
    }
  }
}
