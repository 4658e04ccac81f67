package dev.jsbind.runtime.j2v8;

import com.eclipsesource.v8.JavaCallback;
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
  /** Runtime classes with no exposed class or interface among their supertypes. */
  private final Set<Class<?>> notExposed = new HashSet<Class<?>>();
  /** Classes and interfaces that have no binding of their own. */
  private final Set<Class<?>> noBinding = new HashSet<Class<?>>();
  private final Set<Class<?>> globals = new HashSet<Class<?>>();
  private final List<Template> all = new ArrayList<Template>();
  /** Templates numbered so far; a template's number names its final-field record maker and keys. */
  private int numbered;
  /** Any runtime class seen so far → the prototype its wrappers get (see {@link #prototypeFor}). */
  private final Map<Class<?>, V8Object> prototypes = new HashMap<Class<?>, V8Object>();
  /** Combined prototypes by the templates they combine, the one they inherit from first. */
  private final Map<List<Template>, V8Object> combinations = new HashMap<List<Template>, V8Object>();

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

  /**
   * The template for an object of an exposed class or of a subclass of one or, failing that, of
   * an exposed interface its class implements.
   */
  Template forInstance(Object object) {
    Template template = nearest(object.getClass());
    if (template == null) {
      throw new IllegalArgumentException(object.getClass().getName() + " is not a @JsExposed class");
    }
    return template;
  }

  /**
   * The prototype for a wrapper of {@code object}: it has the members of every exposed class and
   * interface among the object's supertypes. That is the prototype of the nearest exposed class
   * (or of the only exposed interface) when it has them all already; otherwise a combination that
   * inherits from the nearest exposed class (or the first interface) and gets the members of the
   * other interfaces mixed in, made once per runtime and combination.
   */
  V8Object prototypeFor(Object object) {
    Class<?> type = object.getClass();
    V8Object known = prototypes.get(type);
    if (known != null) {
      return known;
    }
    Template first = forInstance(object);
    List<Template> combined = new ArrayList<Template>();
    combined.add(first);
    for (Class<?> exposed : exposedInterfaces(type)) {
      if (!coveredBy(exposed, type)) {
        Template template = forExposedClass(exposed);
        if (template != first) {
          combined.add(template);
        }
      }
    }
    V8Object prototype = combined.size() == 1 ? first.prototype : combination(combined);
    prototypes.put(type, prototype);
    return prototype;
  }

  /**
   * Whether the members of the exposed interface {@code exposed} are already on the prototype of
   * {@code type}'s nearest exposed class (which implements it), or come with another of
   * {@code type}'s exposed interfaces (a subinterface of it, whose template mixed them in).
   */
  private boolean coveredBy(Class<?> exposed, Class<?> type) {
    Template nearest = nearestClass(type);
    if (nearest != null && exposed.isAssignableFrom(nearest.binding.type())) {
      return true;
    }
    for (Class<?> other : exposedInterfaces(type)) {
      if (other != exposed && exposed.isAssignableFrom(other)) {
        return true;
      }
    }
    return false;
  }

  private V8Object combination(List<Template> combined) {
    V8Object known = combinations.get(combined);
    if (known != null) {
      return known;
    }
    // Handed over one at a time through slot 0, as templates are (see ArgumentSlots): this may run
    // while the argument slots of a call to a script function are being filled, so it touches no
    // other slot, and no count is ever taken from how many slots hold something.
    slots.add("0", combined.get(0).prototype);
    helpers.executeVoidFunction("combineBegin", null);
    for (int i = 1; i < combined.size(); i++) {
      slots.add("0", combined.get(i).prototype);
      helpers.executeVoidFunction("combineMix", null);
    }
    V8Object prototype = helpers.executeObjectFunction("combineEnd", null);
    combinations.put(combined, prototype);
    return prototype;
  }

  /** Constructor, prototype and the runtime-wide handles: what {@link #release} frees. */
  long handleCount() {
    return 2L * all.size() + combinations.size();
  }

  void release() {
    for (Template template : all) {
      template.release();
    }
    for (V8Object prototype : combinations.values()) {
      prototype.release();
    }
    all.clear();
    combinations.clear();
    prototypes.clear();
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
    Template found = nearestClass(type);
    if (found == null) {
      // No exposed class: the first exposed interface, breadth first from the class's own.
      List<Class<?>> interfaces = exposedInterfaces(type);
      found = interfaces.isEmpty() ? null : forExposedClass(interfaces.get(0));
    }
    if (found == null) {
      notExposed.add(type);
    } else {
      byRuntimeClass.put(type, found);
    }
    return found;
  }

  /** The template of {@code type} or of its nearest exposed superclass (interfaces not considered). */
  private Template nearestClass(Class<?> type) {
    Template found = null;
    for (Class<?> c = type; c != null && found == null; c = c.getSuperclass()) {
      found = forExposedClass(c);
    }
    return found;
  }

  private Template forExposedClass(Class<?> type) {
    Template template = byExposedClass.get(type);
    if (template == null && !noBinding.contains(type)) {
      JsBinding<?> binding = Bindings.find(type);
      if (binding == null) {
        noBinding.add(type);
        return null;
      }
      template = build(binding);
      byExposedClass.put(type, template);
      all.add(template);
    }
    return template;
  }

  /**
   * The exposed interfaces among {@code type}'s supertypes (not {@code type} itself), breadth first:
   * a class's own interfaces before its superclass's, an interface before its superinterfaces.
   */
  private List<Class<?>> exposedInterfaces(Class<?> type) {
    List<Class<?>> found = new ArrayList<Class<?>>();
    List<Class<?>> queue = new ArrayList<Class<?>>();
    Set<Class<?>> seen = new HashSet<Class<?>>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> direct : c.getInterfaces()) {
        queue.add(direct);
      }
    }
    for (int i = 0; i < queue.size(); i++) {
      Class<?> candidate = queue.get(i);
      if (!seen.add(candidate)) {
        continue;
      }
      if (forExposedClass(candidate) != null) {
        found.add(candidate);
      }
      for (Class<?> parent : candidate.getInterfaces()) {
        queue.add(parent);
      }
    }
    return found;
  }

  private Template build(JsBinding<?> binding) {
    // The declared members, then one per function, promise or iterable type they use.
    List<Member> members = Composites.expand(TemplateBuilder.membersOf(binding));
    // A binding declares only its class's own members; those of an exposed superclass are reached
    // through the prototype chain, as `class Circle extends Shape`.
    // An exposed class only: an exposed interface among the superclass's supertypes is no superclass.
    Template parent = nearestClass(binding.type().getSuperclass()); // null for an interface
    // The exposed interfaces it implements lend their members to its prototype (see ShimWriter).
    List<Template> interfaces = new ArrayList<Template>();
    for (Class<?> exposed : exposedInterfaces(binding.type())) {
      interfaces.add(forExposedClass(exposed));
    }
    FinalFields finals = FinalFields.of(++numbered, members, parent == null ? FinalFields.NONE : parent.finals);
    String source = ShimWriter.write(binding.jsName(), members, parent != null, interfaces.size(),
        binding.type().isInterface(), finals);
    V8Object natives = helpers.executeObjectFunction("holder", null);
    try {
      for (int i = 0; i < members.size(); i++) {
        Member member = members.get(i);
        if (member.hasNative() && FrameResults.carries(member)) {
          natives.registerJavaMethod(new FrameResultCallback(runtime, member), "m" + i);
        } else if (member.hasNative()) {
          natives.registerJavaMethod(new MemberCallback(runtime, member), "m" + i);
        }
      }
      if (parent != null) {
        natives.add("parent", parent.constructor);
      }
      for (int i = 0; i < interfaces.size(); i++) {
        natives.add("i" + i, interfaces.get(i).constructor);
      }
      final Class<?> owner = binding.type();
      // Asked only when an argument check fails, so that a receiver of another class is reported
      // as such first (see ShimWriter#guarded); the receiver's id comes through ArgumentSlots.
      natives.registerJavaMethod(new JavaCallback() {
        @Override
        public Object invoke(V8Object receiver, V8Array parameters) {
          return runtime.receiverIs(owner);
        }
      }, "own");
      if (binding.type().isInterface()) {
        final Class<?> type = binding.type();
        natives.registerJavaMethod(new JavaCallback() {
          @Override
          public Object invoke(V8Object receiver, V8Array parameters) {
            return runtime.receiverIs(type); // the id comes through ArgumentSlots, never `parameters`
          }
        }, "is");
      }
      // Handed over through the private slots, not a J2V8 argument array (see ArgumentSlots).
      slots.add("0", source);
      slots.add("1", natives);
      V8Object constructor = helpers.executeObjectFunction("define", null);
      return new Template(binding, constructor, constructor.getObject("prototype"), finals);
    } finally {
      natives.release();
    }
  }
}
