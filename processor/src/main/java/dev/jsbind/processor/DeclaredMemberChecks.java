package dev.jsbind.processor;

import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Checks the jsbind annotations on every member the exposed class declares, including non-public
 * ones: the member scanner only looks at public members, so without this a misplaced annotation
 * would be silently ignored.
 */
final class DeclaredMemberChecks {
  private final Diagnostics diagnostics;

  DeclaredMemberChecks(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void check(TypeElement type) {
    for (Element member : type.getEnclosedElements()) {
      ElementKind kind = member.getKind();
      if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.FIELD) {
        check(member);
      }
    }
  }

  private void check(Element member) {
    List<Annotations> exposing = List.of(Annotations.METHOD, Annotations.PROPERTY, Annotations.CONSTRUCTOR)
        .stream()
        .filter(a -> a.isOn(member))
        .toList();
    if (exposing.isEmpty()) {
      return; // every check below is about an exposing annotation; describing the member is not free
    }
    String description = Site.describe(member);
    if (Annotations.IGNORE.isOn(member)) {
      diagnostics.error(member, Message.CONFLICTING_ANNOTATIONS, description,
          Annotations.IGNORE.display(), exposing.get(0).display());
    }
    if (exposing.containsAll(List.of(Annotations.METHOD, Annotations.PROPERTY))) {
      diagnostics.error(member, Message.CONFLICTING_ANNOTATIONS, description,
          Annotations.METHOD.display(), Annotations.PROPERTY.display());
    }
    if (!exposing.isEmpty() && !member.getModifiers().contains(Modifier.PUBLIC)) {
      diagnostics.error(member, Message.MEMBER_NOT_PUBLIC, description,
          exposing.stream().map(Annotations::display).collect(Collectors.joining(" and ")));
    }
    // A public static field is a property of the constructor (@JsProperty may rename it); static
    // accessor methods are not paired up.
    if (Annotations.PROPERTY.isOn(member) && member.getModifiers().contains(Modifier.STATIC)
        && member.getKind() != ElementKind.FIELD) {
      diagnostics.error(member, Message.NOT_AN_ACCESSOR, description, "is static",
          "Static accessor methods are not supported; remove @JsProperty to expose it as a method of"
              + " the constructor instead (public static fields are properties of the constructor).");
    }
  }
}
