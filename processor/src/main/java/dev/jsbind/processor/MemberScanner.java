package dev.jsbind.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the public members an exposed class offers JavaScript: its own and those inherited from
 * superclasses that are not exposed themselves (an exposed superclass exposes its members in its
 * own binding). Members come out in declaration order, the class's own first, so that "the
 * second of two clashing members" is well defined.
 */
final class MemberScanner {
  /**
   * The names of {@code java.lang.Object}'s methods: a quick test before asking javac whether a
   * method overrides one of them, which most methods need not.
   */
  private static final Set<String> OBJECT_METHOD_NAMES = Set.of(
      "clone", "equals", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");


  /** Instance methods and fields (in declaration order), and the class's own static methods and fields. */
  record Scanned(List<Element> instanceMembers, List<ExecutableElement> staticMethods,
      List<VariableElement> staticFields) {}

  private final Elements elements;
  private final Types types;

  MemberScanner(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  Scanned scan(TypeElement type) {
    List<ExecutableElement> methods = new ArrayList<>();
    List<Element> members = new ArrayList<>();
    // Any field of a subclass, even a private or static one, hides a superclass field of that name.
    Set<String> hidingFieldNames = new HashSet<>();
    for (TypeElement declaring : declaringClasses(type)) {
      for (Element member : declaring.getEnclosedElements()) {
        if (!isPublicInstanceMember(member)) {
          continue;
        }
        if (member instanceof ExecutableElement method && member.getKind() == ElementKind.METHOD) {
          // Ignored methods still count as overriders: @JsIgnore on an override hides the inherited one too.
          if (!elements.isBridge(method) && !isOverridden(method, methods, type)) {
            methods.add(method);
            members.add(method);
          }
        } else if (member.getKind() == ElementKind.FIELD
            && !hidingFieldNames.contains(member.getSimpleName().toString())) {
          members.add(member);
        }
      }
      ElementFilter.fieldsIn(declaring.getEnclosedElements())
          .forEach(field -> hidingFieldNames.add(field.getSimpleName().toString()));
    }
    members.removeIf(m -> Annotations.IGNORE.isOn(m)
        || (m instanceof ExecutableElement method && isHiddenObjectMethod(method, type)));
    return new Scanned(members, staticMethods(type), staticFields(type));
  }

  /**
   * The public instance methods {@code type} inherits from its exposed supertypes (and from what
   * their bindings declare) under one of {@code jsNames}, the names of {@code type}'s own methods,
   * and does not override. JavaScript finds a method by name on the first prototype that has one,
   * so {@code type}'s own method of that name would hide all of them; declaring them in
   * {@code type}'s binding too makes the JavaScript overload set Java's: the subclass's methods plus
   * the inherited ones it does not override. In declaration order, nearest supertype first.
   * {@code own}: {@code type}'s own methods; an inherited method with the same signature as one of
   * them or as one found before (two abstract declarations of one method) is the same call.
   */
  List<ExecutableElement> inheritedOverloads(TypeElement type, Set<String> jsNames, List<ExecutableElement> own) {
    Set<TypeElement> declaredByBindings = new LinkedHashSet<>();
    exposedSupertypes(type).forEach(exposed -> declaredByBindings.addAll(declaringClasses(exposed)));
    List<ExecutableElement> found = new ArrayList<>();
    List<ExecutableElement> seen = new ArrayList<>(own);
    for (TypeElement declaring : declaredByBindings) {
      for (ExecutableElement method : ElementFilter.methodsIn(declaring.getEnclosedElements())) {
        if (isPublicInstanceMember(method)
            && jsNames.contains(Annotations.METHOD.nameOn(method).orElse(method.getSimpleName().toString()))
            && !elements.isBridge(method)
            && !Annotations.IGNORE.isOn(method)
            && !PropertyAssembler.isProperty(method)
            && !isHiddenObjectMethod(method, type)
            && isInherited(method, type)
            && seen.stream().noneMatch(other -> sameSignature(other, method, type))) {
          found.add(method);
          seen.add(method);
        }
      }
    }
    return found;
  }

  /**
   * Whether no other method of {@code type} (its own or inherited, ignored or not) overrides or
   * implements {@code method}: a class method inherited from a superclass implements an interface's.
   */
  private boolean isInherited(ExecutableElement method, TypeElement type) {
    return ElementFilter.methodsIn(elements.getAllMembers(type)).stream()
        .noneMatch(other -> other != method && other.getSimpleName().equals(method.getSimpleName())
            && elements.overrides(other, method, type));
  }

  private boolean sameSignature(ExecutableElement a, ExecutableElement b, TypeElement type) {
    if (!a.getSimpleName().equals(b.getSimpleName())) {
      return false;
    }
    DeclaredType member = (DeclaredType) type.asType();
    ExecutableType first = (ExecutableType) types.asMemberOf(member, a);
    ExecutableType second = (ExecutableType) types.asMemberOf(member, b);
    return types.isSubsignature(first, second) || types.isSubsignature(second, first);
  }

  /** The exposed classes and interfaces among {@code type}'s supertypes (not itself), nearest first. */
  private static List<TypeElement> exposedSupertypes(TypeElement type) {
    List<TypeElement> queue = new ArrayList<>(List.of(type));
    List<TypeElement> exposed = new ArrayList<>();
    for (int i = 0; i < queue.size(); i++) {
      List<TypeMirror> supertypes = new ArrayList<>();
      if (queue.get(i).getSuperclass().getKind() == TypeKind.DECLARED) {
        supertypes.add(queue.get(i).getSuperclass());
      }
      supertypes.addAll(queue.get(i).getInterfaces());
      for (TypeMirror supertype : supertypes) {
        TypeElement element = (TypeElement) ((DeclaredType) supertype).asElement();
        if (!queue.contains(element)) {
          queue.add(element);
          if (Annotations.EXPOSED.isOn(element)) {
            exposed.add(element);
          }
        }
      }
    }
    return exposed;
  }

  /**
   * The class and its superclasses up to (excluding) Object or the first exposed superclass; for an
   * interface, the interface and its superinterfaces that are not exposed (breadth first), whose
   * members its binding declares because an interface's JavaScript class extends nothing.
   */
  private static List<TypeElement> declaringClasses(TypeElement type) {
    List<TypeElement> chain = new ArrayList<>();
    chain.add(type);
    if (type.getKind() == ElementKind.INTERFACE) {
      for (int i = 0; i < chain.size(); i++) {
        for (TypeMirror superinterface : chain.get(i).getInterfaces()) {
          TypeElement element = (TypeElement) ((DeclaredType) superinterface).asElement();
          if (!Annotations.EXPOSED.isOn(element) && !chain.contains(element)) {
            chain.add(element);
          }
        }
      }
      return chain;
    }
    for (TypeElement current = superclass(type);
        current != null
            && !current.getQualifiedName().contentEquals("java.lang.Object")
            && !Annotations.EXPOSED.isOn(current);
        current = superclass(current)) {
      chain.add(current);
    }
    return chain;
  }

  private static TypeElement superclass(TypeElement type) {
    return type.getSuperclass().getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) type.getSuperclass()).asElement()
        : null;
  }

  private boolean isOverridden(
      ExecutableElement method, List<ExecutableElement> subclassMethods, TypeElement type) {
    return subclassMethods.stream().anyMatch(sub -> sub.getSimpleName().equals(method.getSimpleName())
        && elements.overrides(sub, method, type));
  }

  /**
   * Object's methods (equals, hashCode, getClass…) and their overrides are never exposed: they
   * would clash with JavaScript's own object model. toString() is the exception, because
   * JavaScript calls it for string conversion; an explicit @JsMethod also wins.
   */
  private boolean isHiddenObjectMethod(ExecutableElement method, TypeElement type) {
    if (!OBJECT_METHOD_NAMES.contains(method.getSimpleName().toString())
        || Annotations.METHOD.isOn(method)
        || (method.getSimpleName().contentEquals("toString") && method.getParameters().isEmpty())) {
      return false;
    }
    TypeElement object = elements.getTypeElement("java.lang.Object");
    return ElementFilter.methodsIn(object.getEnclosedElements()).stream()
        .anyMatch(objectMethod -> objectMethod.getSimpleName().equals(method.getSimpleName())
            && elements.overrides(method, objectMethod, type));
  }

  private static List<ExecutableElement> staticMethods(TypeElement type) {
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .filter(m -> m.getModifiers().containsAll(Set.of(Modifier.PUBLIC, Modifier.STATIC)))
        // Static @JsProperty methods were reported as not-an-accessor.
        .filter(m -> !Annotations.IGNORE.isOn(m) && !Annotations.PROPERTY.isOn(m))
        .toList();
  }

  private static List<VariableElement> staticFields(TypeElement type) {
    return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
        .filter(f -> f.getModifiers().containsAll(Set.of(Modifier.PUBLIC, Modifier.STATIC)))
        .filter(f -> !Annotations.IGNORE.isOn(f))
        .filter(f -> !KotlinMembers.isCompanionField(f))
        .toList();
  }

  private static boolean isPublicInstanceMember(Element member) {
    return member.getModifiers().contains(Modifier.PUBLIC)
        && !member.getModifiers().contains(Modifier.STATIC);
  }
}
