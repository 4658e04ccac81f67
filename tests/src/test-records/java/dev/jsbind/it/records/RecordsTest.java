package dev.jsbind.it.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsbind.runtime.JsRuntime;
import dev.jsbind.runtime.j2v8.J2v8Runtime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** @JsValue records (compiled at release 17; see tests/pom.xml) crossing by copy. */
class RecordsTest {
  private JsRuntime js;

  @BeforeEach
  void createRuntime() {
    js = JsRuntime.create();
    js.install(Planner.class);
  }

  @AfterEach
  void closeWithoutLeaks() {
    assertEquals(0, ((J2v8Runtime) js).openHandleCount(), "J2V8 handles left open by the workload");
    js.close();
  }

  private String errorOf(String script) {
    return (String) js.eval("(function () { try { " + script + "; return 'no error'; }"
        + " catch (e) { return e.name + ': ' + e.message; } })()");
  }

  @Test
  void recordsCrossAsPlainObjects() {
    assertEquals(3, js.eval("Planner.span({from: 2, to: 5})"));
    assertEquals("{\"from\":3,\"to\":6}", js.eval("JSON.stringify(Planner.shifted({from: 2, to: 5}, 1))"));
    assertEquals("{\"from\":0,\"to\":9}", js.eval("JSON.stringify(Planner.longest([{from: 1, to: 2}, {from: 0, to: 9}]))"));
    assertEquals(true, js.eval("Planner.longest([]) === undefined"));
  }

  @Test
  void nestedRecordsCollectionsAndOptionals() {
    assertEquals("{\"name\":\"week\",\"ranges\":[{\"from\":1,\"to\":2},{\"from\":5,\"to\":8}],"
        + "\"labels\":{\"mon\":\"RED\"},\"weights\":[1,2]}",
        js.eval("JSON.stringify(Planner.normalized({name: ' week ', ranges: [{from: 5, to: 8}, {from: 1, to: 2}],"
            + " labels: {mon: 'RED'}, weights: [1, 2]}))"));
    assertEquals("{\"from\":1,\"to\":1}", js.eval("JSON.stringify(Planner.normalized({name: '', ranges: [],"
        + " labels: {}, pause: {from: 1, to: 1}, weights: []}).pause)"));
  }

  @Test
  void componentErrorsNameTheirPathAndCompactConstructorsStillValidate() {
    assertEquals("TypeError: Planner.normalized: argument 1 (schedule).ranges[1].to must be an int (an integer"
        + " from -2147483648 to 2147483647), got undefined",
        errorOf("Planner.normalized({name: 'w', ranges: [{from: 1, to: 2}, {from: 3}], labels: {}, weights: []})"));
    assertEquals("TypeError: Planner.normalized: argument 1 (schedule).labels[\"mon\"] must be one of 'RED', 'GREEN',"
        + " 'BLUE' or null, got \"PINK\"",
        errorOf("Planner.normalized({name: 'w', ranges: [], labels: {mon: 'PINK'}, weights: []})"));
    assertEquals("TypeError: from 5 is after to 1", errorOf("Planner.span({from: 5, to: 1})"));
  }

  @Test
  void recordsWhoseConstructorAndAccessorsCallScripts() {
    // Issue 11, class 3: the accessor runs while the result is copied, the constructor while the
    // argument is decoded; the scripts they call pass strings and copy values of their own.
    assertEquals("{\"label\":\"x\",\"values\":[0,10,20]}", js.eval("JSON.stringify(Planner.noisy('x'))"));
    assertEquals("a[1]tail1-2", js.eval("Planner.describe({label: 'a', values: [1]}, 'tail', {from: 1, to: 2})"));
    assertEquals("", ((J2v8Runtime) js).boundaryLeftovers());
  }
}
