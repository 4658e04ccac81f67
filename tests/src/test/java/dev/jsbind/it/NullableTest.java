package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exposed-object parameters reject null unless they are {@code @JsNullable}. */
class NullableTest extends V8TestSupport {

  @BeforeEach
  void installHolder() {
    Holder.shared = null;
    js.install(Holder.class);
    js.exec("var h = new Holder(new Counter(3)), c = new Counter(5);");
  }

  @Test
  void nullableParametersAcceptNullAndWrappers() {
    assertEquals("ok", outcome("Holder.describe(null, 'x')", "'x: none'"));
    assertEquals("ok", outcome("Holder.describe(c, 'x')", "'x: Counter(5)'"));
    assertEquals("ok", outcome("new Holder(null).held", "null"));
    assertEquals("ok", outcome("new Holder(c).held === c", "true"));
  }

  @Test
  void nullableParametersStillRejectEverythingElse() {
    String where = "TypeError: Holder.describe: argument 1 (counter) must be a Counter or null, got ";
    assertEquals(where + "undefined", errorOf("Holder.describe(undefined, 'x')"));
    assertEquals(where + "an object", errorOf("Holder.describe({}, 'x')"));
    assertEquals(where + "0", errorOf("Holder.describe(0, 'x')"));
    assertEquals(where + "a Holder", errorOf("Holder.describe(h, 'x')"));
    assertEquals(where + "an object", errorOf("Holder.describe(Object.create(Counter.prototype), 'x')"));
  }

  @Test
  void otherObjectParametersRejectNull() {
    assertEquals("TypeError: Holder.describeStrictly: argument 1 (counter) must be a Counter, got null",
        errorOf("Holder.describeStrictly(null)"));
    assertEquals("TypeError: Holder.strict: the value must be a Counter, got null", errorOf("h.strict = null"));
  }

  @Test
  void nullablePropertiesAcceptNull() {
    js.exec("h.loose = null; h.held = null; h.other = c; h.other = null; Holder.shared = c; Holder.shared = null;");
    Holder holder = (Holder) js.eval("h");
    assertNull(holder.loose);
    assertNull(holder.getHeld());
    assertNull(holder.getOther());
    assertNull(Holder.shared);
    js.exec("h.loose = c; h.held = c;");
    assertEquals("ok", outcome("h.loose === c && h.held === c", "true"));
    assertEquals("TypeError: Holder.loose: the value must be a Counter or null, got undefined", errorOf("h.loose = undefined"));
    assertEquals("TypeError: Holder.other: the value must be a Counter or null, got an object", errorOf("h.other = {}"));
  }

  @Test
  void resultsMayBeNullWithOrWithoutTheAnnotation() {
    assertEquals("ok", outcome("Holder.none()", "null"));
  }
}
