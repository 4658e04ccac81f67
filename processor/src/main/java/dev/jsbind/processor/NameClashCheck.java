package dev.jsbind.processor;

import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JavaScript has no overloading and one namespace per object, so every member on the prototype
 * (methods and properties together), and every static, needs its own name.
 */
final class NameClashCheck {
  static final String ON_PROTOTYPE = "on the prototype";
  static final String AMONG_STATICS = "among the static members";

  private final Diagnostics diagnostics;
  private final OverloadCheck overloads;

  NameClashCheck(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.overloads = new OverloadCheck(diagnostics);
  }

  /**
   * Reports every member whose name an earlier-declared member already took, except methods
   * sharing a name with methods: those are overloads, checked by {@link OverloadCheck}.
   */
  @SuppressWarnings("unchecked") // checked: both models are ExposedMethods
  void check(List<? extends Named<?>> members, String where) {
    Map<String, Named<?>> firstByName = new HashMap<>();
    Map<String, List<Named<ExposedMethod>>> overloadSets = new LinkedHashMap<>();
    members.stream()
        .sorted(Comparator.comparingInt(Named::position))
        .forEach(member -> {
          Named<?> first = firstByName.putIfAbsent(member.jsName(), member);
          if (first != null && first.model() instanceof ExposedMethod && member.model() instanceof ExposedMethod) {
            overloadSets.computeIfAbsent(member.jsName(), n -> new ArrayList<>(List.of((Named<ExposedMethod>) first)))
                .add((Named<ExposedMethod>) member);
          } else if (first != null) {
            String rename = member.model() instanceof ExposedProperty || member.model() instanceof ExposedStaticField
                ? Annotations.PROPERTY.display()
                : Annotations.METHOD.display();
            report(member.site(), first.site(), member.jsName(), where, rename);
          }
        });
    overloadSets.values().forEach(overloads::check);
  }

  void report(Site later, Site first, String jsName, String where, String renameAnnotation) {
    diagnostics.error(later.element(), Message.DUPLICATE_NAME, later.description(), first.description(),
        jsName, where, renameAnnotation + "(name = \"...\")");
  }
}
