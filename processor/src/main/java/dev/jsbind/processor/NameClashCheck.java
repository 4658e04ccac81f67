package dev.jsbind.processor;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JavaScript has no overloading and one namespace per object, so every member on the prototype
 * (methods and properties together), and every static, needs its own name.
 */
final class NameClashCheck {
  static final String ON_PROTOTYPE = "on the prototype";
  static final String AMONG_STATICS = "among the static methods";

  private final Diagnostics diagnostics;

  NameClashCheck(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Reports every member whose name an earlier-declared member already took. */
  void check(List<? extends Named<?>> members, String where) {
    Map<String, Named<?>> firstByName = new HashMap<>();
    members.stream()
        .sorted(Comparator.comparingInt(Named::position))
        .forEach(member -> {
          Named<?> first = firstByName.putIfAbsent(member.jsName(), member);
          if (first != null) {
            String rename = member.model() instanceof ExposedProperty
                ? Annotations.PROPERTY.display()
                : Annotations.METHOD.display();
            report(member.site(), first.site(), member.jsName(), where, rename);
          }
        });
  }

  void report(Site later, Site first, String jsName, String where, String renameAnnotation) {
    diagnostics.error(later.element(), Message.DUPLICATE_NAME, later.description(), first.description(),
        jsName, where, renameAnnotation + "(name = \"...\")");
  }
}
