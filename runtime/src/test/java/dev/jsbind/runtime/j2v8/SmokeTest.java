package dev.jsbind.runtime.j2v8;

import static org.junit.jupiter.api.Assertions.*;

import dev.jsbind.runtime.JsException;
import dev.jsbind.runtime.JsRuntime;
import dev.jsbind.runtime.fixtures.Counter;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void basics() {
    try (JsRuntime js = JsRuntime.create()) {
      js.install(Counter.class);
      Counter shared = new Counter(10);
      js.set("shared", shared);
      assertEquals(18, js.eval("var c = new Counter(5); c.add(2); c.value + shared.add(1)"));
      assertSame(shared, js.eval("shared"));
      assertEquals(true, js.eval("shared.self() === shared"));
      assertEquals(true, js.eval("c.plus(shared).value === 18"));
      assertEquals(true, js.eval("Counter.zero() instanceof Counter"));
      JsException e = assertThrows(JsException.class, () -> js.eval("c.add(3.7)"));
      System.out.println(e.getMessage() + "\n" + e.getJsStack());
      e = assertThrows(JsException.class, () -> js.eval("c.fail('boom')"));
      System.out.println(e.getMessage() + " cause=" + e.getCause() + "\n" + e.getJsStack());
      System.out.println(js.eval("try { Counter.prototype.add.call({}, 1) } catch (e) { e.name + ': ' + e.message }"));
      System.out.println(js.eval("try { c.add(2147483648) } catch (e) { e.name + ': ' + e.message }"));
      System.out.println(js.eval("try { Counter(1) } catch (e) { e.name + ': ' + e.message }"));
      System.out.println(js.eval("c.mode = 'DOWN'; c.add(1); c.mode + c.value"));
      System.out.println(js.eval("try { c.value = 3 } catch (e) { e.name + ': ' + e.message }"));
      System.out.println(js.eval("try { c.big(Math.pow(2,53)) } catch (e) { e.name + ': ' + e.message }"));
      System.out.println(js.eval("try { c.big(Math.pow(2,52)) } catch (e) { e.name + ': ' + e.message }"));
      System.out.println(((J2v8Runtime) js).openHandleCount());
    }
  }
}
