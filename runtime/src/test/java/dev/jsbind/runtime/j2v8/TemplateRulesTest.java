package dev.jsbind.runtime.j2v8;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jsbind.runtime.binding.ClassTemplate;
import dev.jsbind.runtime.binding.JsBinding;
import dev.jsbind.runtime.binding.JsParam;
import dev.jsbind.runtime.binding.JsType;
import org.junit.jupiter.api.Test;

/**
 * What the runtime refuses from a binding even though the processor never generates it (a stale
 * or hand-written binding): overloads JavaScript cannot tell apart, clashing names, bad constants.
 */
class TemplateRulesTest {
  /** A binding declaring whatever {@code body} declares. */
  private static String shimOf(final Definition body) {
    JsBinding<Object> binding = new JsBinding<Object>(Object.class, "Thing", dev.jsbind.runtime.binding.BindingFormat.CURRENT) {
      @Override
      public void define(ClassTemplate<Object> t) {
        body.define(t);
      }
    };
    return ShimWriter.write("Thing", TemplateBuilder.membersOf(binding), false, 0, false);
  }

  private interface Definition {
    void define(ClassTemplate<Object> t);
  }

  @Test
  void overloadsJavaScriptCannotTellApartAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> shimOf(t -> {
      t.method("f", JsType.VOID, (self, args) -> null, JsParam.of("x", JsType.INT));
      t.method("f", JsType.VOID, (self, args) -> null, JsParam.of("x", JsType.LONG));
    }));
    assertEquals("Thing.f: its overloads taking 1 arguments cannot be told apart in JavaScript"
        + " (recompile with the jsbind processor)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> shimOf(t -> {
      t.staticMethod("f", JsType.VOID, args -> null, JsParam.of("x", JsType.STRING));
      t.staticMethod("f", JsType.VOID, args -> null, JsParam.of("x", JsType.BOXED_INT));
    }), "both accept null");
  }

  @Test
  void distinguishableOverloadsMakeOneMethod() {
    String shim = shimOf(t -> {
      t.method("f", JsType.VOID, (self, args) -> null, JsParam.of("x", JsType.INT));
      t.method("f", JsType.VOID, (self, args) -> null, JsParam.of("x", JsType.STRING));
      t.staticMethod("f", JsType.VOID, args -> null);
    });
    assertEquals(1, shim.split("\n\"f\"\\(\\) \\{", -1).length - 1, shim);
    assertEquals(1, shim.split("\nstatic \"f\"\\(\\) \\{", -1).length - 1, shim);
  }

  @Test
  void aMethodAndAPropertyCannotShareAName() {
    assertThrows(IllegalArgumentException.class, () -> shimOf(t -> {
      t.method("f", JsType.VOID, (self, args) -> null);
      t.property("f", JsType.INT, self -> 1, null);
    }));
    assertThrows(IllegalArgumentException.class, () -> shimOf(t -> {
      t.staticProperty("f", JsType.INT, () -> 1, null);
      t.staticMethod("f", JsType.VOID, args -> null);
    }));
    assertThrows(IllegalArgumentException.class, () -> shimOf(t -> {
      t.constant("f", JsType.INT, 1);
      t.constant("f", JsType.INT, 2);
    }));
  }

  @Test
  void constantsMustMatchTheirType() {
    assertThrows(IllegalArgumentException.class, () -> shimOf(t -> t.constant("C", JsType.INT, 1L)));
    assertThrows(IllegalArgumentException.class, () -> shimOf(t -> t.constant("C", JsType.STRING, null)));
    assertThrows(IllegalArgumentException.class, () -> shimOf(t -> t.constant("C", JsType.BOXED_INT, 1)));
    assertThrows(IllegalArgumentException.class, () -> shimOf(t -> t.constant("C", JsType.LONG, Long.MIN_VALUE)));
    assertThrows(IllegalArgumentException.class, () -> shimOf(t -> t.constant("C", JsType.object(Object.class), "x")));
  }
}
