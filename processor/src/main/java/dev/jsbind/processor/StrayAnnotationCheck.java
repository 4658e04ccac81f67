package dev.jsbind.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Reports member annotations in classes without {@code @JsExposed}: the likeliest cause is a
 * forgotten {@code @JsExposed}, and otherwise the annotations would do nothing, silently.
 *
 * <p>A class that can be extended, and any interface, is exempt, except for {@code @JsConstructor}:
 * an exposed subclass (or exposed subinterface), perhaps in another module, inherits its public
 * methods, and the annotations on them ({@code @JsIgnore} on an unsupported one, {@code @JsMethod}
 * renames) are honoured there.
 */
final class StrayAnnotationCheck {
  private final Diagnostics diagnostics;

  StrayAnnotationCheck(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  private static boolean canBeExtended(Element type) {
    return (type.getKind() == ElementKind.CLASS && !type.getModifiers().contains(Modifier.FINAL))
        || type.getKind() == ElementKind.INTERFACE;
  }

  void check(RoundEnvironment round, Map<String, TypeElement> annotationTypes) {
    // One message per member, listing all its annotations, in a stable order.
    Map<Element, List<Annotations>> stray = new LinkedHashMap<>();
    for (Annotations annotation : Annotations.MEMBER_ANNOTATIONS) {
      TypeElement annotationType = annotationTypes.get(annotation.qualifiedName());
      if (annotationType == null) {
        continue;
      }
      for (Element member : round.getElementsAnnotatedWith(annotationType)) {
        // A parameter's class is that of its method or constructor.
        Element enclosing = member.getKind() == ElementKind.PARAMETER
            ? member.getEnclosingElement().getEnclosingElement()
            : member.getEnclosingElement();
        if (enclosing instanceof TypeElement && !Annotations.EXPOSED.isOn(enclosing)
            && !(annotation == Annotations.NULLABLE && Annotations.VALUE.isOn(enclosing)) // a value's component
            && (annotation == Annotations.CONSTRUCTOR || !canBeExtended(enclosing))) {
          stray.computeIfAbsent(member, m -> new ArrayList<>()).add(annotation);
        }
      }
    }
    stray.forEach((member, annotations) -> {
      TypeElement enclosing = (TypeElement) (member.getKind() == ElementKind.PARAMETER
          ? member.getEnclosingElement().getEnclosingElement()
          : member.getEnclosingElement());
      diagnostics.error(member, Message.NOT_EXPOSED, Site.describe(member),
          annotations.stream().map(Annotations::display).collect(Collectors.joining(" and ")),
          enclosing.getSimpleName(), enclosing.getSimpleName());
    });
  }
}
