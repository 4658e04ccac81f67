package dev.jsbind.runtime.j2v8;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsbind.runtime.fixtures.Shelf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, class 2, at the runtime's level (the behaviour suite's SlotHygieneTest covers every kind
 * of generated member): after each call through these hand-written bindings, no slot or frame
 * word still holds what the call passed.
 */
class BoundaryLeftoversTest extends RuntimeTestSupport {

  @BeforeEach
  void installShelf() {
    js.install(Shelf.class);
  }

  private void assertClean(String script) {
    js.exec("try { " + script + "; } catch (e) { if (!(e instanceof Error)) throw e; }");
    assertEquals("", ((J2v8Runtime) js).boundaryLeftovers(), script);
  }

  @Test
  void nothingOutlivesACall() {
    assertClean("new Counter(41).add(1)");
    assertClean("var c = new Counter(1); c.label = 'secret-label'; c.label; c.mode; c.plus(c)");
    assertClean("new Counter(1).fail('secret-failure')");
    assertClean("new Counter(1).big(2 ** 60)");
    assertClean("Shelf.describe({bob: [1, null], al: []}); Shelf.counters([new Counter(1), Counter.zero()])");
    assertClean("Shelf.sum([1, 2, 'secret-bad-element'])");
    assertClean("new Probe().raise('iae', 'secret-java-error')");
    assertClean("new Probe().evalNested(\"new Counter(1).fail('secret-nested')\")");
    assertClean("new Probe().evalNested(\"Shelf.tags(new Set(['secret-nested-tag']))\")");
  }
}
