package dev.jsbind.runtime.j2v8;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/**
 * A stale or hand-written binding whose class name clashes with what the glue declares around
 * each class is refused with a clear message (the processor reports it as jsbind.invalid-name).
 */
class ClassNamesTest {

  @Test
  void gluesOwnNamesAreRefused() {
    for (String name : new String[] {"F", "S", "h", "n", "brands", "fail", "m0", "o12", "e3_1", "t0_r", "vd2", "it4"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> JsNames.requireClassName(name, "class name of pkg.X"), name);
      assertTrue(e.getMessage().contains("'" + name + "' is a name jsbind's generated JavaScript uses"), e.getMessage());
    }
  }

  @Test
  void ordinaryNamesPass() {
    for (String name : new String[] {"Counter", "F2", "Frame", "M0", "Record", "item", "shape3d"}) {
      assertEquals(name, JsNames.requireClassName(name, "class name of pkg.X"));
    }
  }
}
