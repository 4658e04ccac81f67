package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Reliability suite 1: every supported parameter type × the value pool (values.js) × arity 0..3.
 * Each call converts exactly or throws a TypeError/RangeError naming method, position and type.
 */
class ArgumentMatrixTest extends V8TestSupport {
  @Test
  void everyTypeEveryValueEveryArity() {
    js.install(Circle.class);
    js.exec(Scripts.load("values.js"));
    String report = (String) js.eval(Scripts.load("matrix.js"));
    System.out.println("argument matrix: " + report.substring(0, report.indexOf(",\"failures\"")) + "}");
    assertTrue(report.endsWith("\"failures\":[]}"), report);
    int cases = Integer.parseInt(report.replaceAll(".*\"cases\":(\\d+).*", "$1"));
    assertTrue(cases >= 19 * 50 * 4, "cases: " + cases);
    assertEquals(0, js.eval("coerced"));
  }
}
