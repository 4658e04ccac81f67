package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.*;

import dev.jsbind.runtime.JsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The example end to end, and what must stay out of reach. */
class ExposureTest extends V8TestSupport {

  @Test
  void theReadmeExampleWorks() {
    Counter shared = new Counter(10);
    js.set("shared", shared);
    assertEquals(18, js.eval("var c = new Counter(5); c.add(2); c.value + shared.add(1)"));
    assertEquals(11, shared.getValue(), "JavaScript called the Java object itself");
    assertSame(shared, js.eval("shared"));
    assertEquals(0, js.eval("Counter.zero().value"));
    assertEquals(10, js.eval("new Counter(1).addAll(4, 5)"));
    assertEquals("Counter(7)", js.eval("String(c)"), "toString() is exposed");
    assertEquals("counter", js.eval("c.kind"));
  }

  @Test
  void aJavaObjectCreatedInJavaScriptIsReturnedToJava() {
    Object made = js.eval("new Counter(3)");
    assertInstanceOf(Counter.class, made);
    assertEquals(3, ((Counter) made).getValue());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "internal", "packagePrivate", "hidden", "secret", "getValue", "equals", "hashCode",
      "getClass", "wait", "notify", "notifyAll", "clone", "finalize",
  })
  void membersThatAreNotExposedAreNotThere(String name) {
    assertEquals("undefined", js.eval("typeof new Counter(1)['" + name + "']"));
    assertEquals(false, js.eval("'" + name + "' in Counter"));
  }

  @Test
  void ignoredMembersCannotBeReachedAnyWay() {
    Counter shared = new Counter(1);
    js.set("shared", shared);
    js.exec("for (var k in shared) { try { if (typeof shared[k] === 'function') shared[k]() } catch (e) {} }"
        + "Object.getOwnPropertyNames(Counter.prototype).forEach(function (k) { try { shared[k]() } catch (e) {} })");
    assertEquals(0, shared.internalCalls);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Counter.prototype.add.call({}, 1)",
      "Counter.prototype.add.call(Object.create(Counter.prototype), 1)",
      "Object.create(Counter.prototype).add(1)",
      "Counter.prototype.add.call(Object.assign({}, new Counter(1)), 1)",
      "Counter.prototype.add.call(new Types(), 1)",
      "Counter.prototype.add.call(Object.setPrototypeOf(new Types(), Counter.prototype), 1)",
      "Object.getOwnPropertyDescriptor(Counter.prototype, 'value').get.call({})",
      "Counter.prototype.value",
      "Reflect.apply(Counter.prototype.add, new Proxy(new Counter(1), {}), [1])",
  })
  void forgedReceiversAreIllegalInvocations(String script) {
    String error = errorOf(script);
    assertTrue(error.startsWith("TypeError: Illegal invocation: Counter."), error);
  }

  @Test
  void constructorsNeedNew() {
    assertEquals("TypeError: Class constructor Counter cannot be invoked without 'new'", errorOf("Counter(5)"));
    assertEquals("TypeError: Class constructor Counter cannot be invoked without 'new'", errorOf("Counter.call({}, 5)"));
  }

  @Test
  void constructorArgumentsAreChecked() {
    assertEquals("TypeError: new Counter: argument 1 (start) must be an int (an integer from -2147483648 to 2147483647), got \"5\"",
        errorOf("new Counter('5')"));
    assertEquals("TypeError: new Counter: expected 1 argument, got 0", errorOf("new Counter()"));
  }

  @Test
  void exposedMethodsCannotBeReplaced() {
    js.exec("Counter.prototype.add = function () { return -1 }; Counter.zero = function () { return null }");
    assertEquals(3, js.eval("new Counter(1).add(2)"));
    assertInstanceOf(Counter.class, js.eval("Counter.zero()"));
  }

  @Test
  void wrappersHaveTheirClassPrototype() {
    assertEquals(true, js.eval("var c = new Counter(1); c instanceof Counter && !(c instanceof Types)"
        + " && Object.getPrototypeOf(Counter.zero()) === Counter.prototype"));
  }

  @Test
  void scriptErrorsReachJava() {
    JsException e = assertThrows(JsException.class, () -> js.eval("new Counter(1).add('x')"));
    assertEquals("TypeError", e.getName());
    assertNull(e.getCause());
  }
}
