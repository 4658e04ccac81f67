package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reliability suite 9: classic escape probes plus a probe for every member of every test class that
 * is not exposed. A probe "reaches Java" if it calls a Java member that was not exposed (the
 * canary counters), finds a Java-ish global, or changes what exposed members do.
 */
class EscapeTest extends V8TestSupport {
  /** Each must evaluate to true in a sound runtime. */
  private static final String[] CLASSIC = {
      "typeof java === 'undefined'",
      "typeof Packages === 'undefined'",
      "typeof Java === 'undefined'",
      "typeof JavaImporter === 'undefined'",
      "typeof importPackage === 'undefined'",
      "typeof load === 'undefined'",
      "typeof loadWithNewGlobal === 'undefined'",
      "typeof require === 'undefined'",
      "typeof process === 'undefined'",
      "typeof Polyglot === 'undefined'",
      "typeof Graal === 'undefined'",
      "typeof print === 'undefined'",
      "typeof quit === 'undefined'",
      "typeof c.getClass === 'undefined'",
      "typeof c['class'] === 'undefined'",
      "typeof c.hashCode === 'undefined' && typeof c.equals === 'undefined'",
      "typeof c.wait === 'undefined' && typeof c.notify === 'undefined' && typeof c.notifyAll === 'undefined'",
      "typeof c.clone === 'undefined' && typeof c.finalize === 'undefined'",
      "typeof c.constructor.constructor('return this')().java === 'undefined'",
      "c.constructor.constructor('return typeof Packages')() === 'undefined'",
      "(function () { return typeof this.java; })() === 'undefined'",
      "Object.getOwnPropertyNames(this).every(function (k) { return !/^(java|javax|Packages|Java|__jsbind)/.test(k); })",
      "Object.getOwnPropertyNames(Counter.prototype).sort().join() === 'add,addAll,constructor,internalCalls,kind,toJSON,toString,value'",
      "Object.getOwnPropertyNames(Counter).sort().join() === 'length,name,prototype,zero'",
      "Object.getOwnPropertySymbols(Counter.prototype).length === 0 && Object.getOwnPropertySymbols(c).length === 0",
      "Object.getOwnPropertyNames(c).length === 0",
      "(function () { try { Counter.prototype.add = function () { return -1 }; } catch (e) {} return c.add(0) === 5; })()",
      "(function () { try { Object.defineProperty(Counter.prototype, 'add', {value: 1}); return false; } catch (e) { return e instanceof TypeError; } })()",
      "(function () { try { Object.setPrototypeOf(Counter.prototype, {}); return false; } catch (e) { return e instanceof TypeError; } })()",
      "(function () { try { delete Counter.prototype.add; } catch (e) {} return typeof Counter.prototype.add === 'function'; })()",
      "(function () { try { Object.defineProperty(Counter, Symbol.hasInstance, {value: function () { return true }}); return false; } catch (e) { return !({} instanceof Counter); } })()",
      "(function () { c.__proto__ = Types.prototype; var r = Counter.prototype.add.call(c, 0) === 5; c.__proto__ = Counter.prototype; return r; })()",
      "(function () { Object.prototype.add = function () { return 'polluted' }; var r = c.add(0) === 5 && new Types().add() === 'polluted'; delete Object.prototype.add; return r; })()",
      "(function () { Object.prototype.echoInt = 1; var r = new Types().echoInt(3) === 3; delete Object.prototype.echoInt; return r; })()",
      "(function () { var spied = 0, get = WeakMap.prototype.get, set = WeakMap.prototype.set;"
          + " WeakMap.prototype.get = function (k) { spied++; return get.call(this, k) };"
          + " WeakMap.prototype.set = function (k, v) { spied++; return set.call(this, k, v) };"
          + " new Counter(1).add(1); Counter.zero(); try { c.add('x') } catch (e) {}"
          + " WeakMap.prototype.get = get; WeakMap.prototype.set = set; return spied === 0; })()",
      "(function () { var call = Function.prototype.call, apply = Function.prototype.apply, spied = 0;"
          + " Function.prototype.call = function () { spied++; return call.apply(this, arguments) };"
          + " Reflect.apply = function () { spied++ }; try { c.add('x') } catch (e) {} new Counter(2).add(1);"
          + " Function.prototype.call = call; return spied === 0; })()",
      "(function () { var T = TypeError; TypeError = function () { return {leak: true} };"
          + " var ok; try { c.add('x') } catch (e) { ok = e instanceof T && !e.leak } TypeError = T; return ok; })()",
      "(function () { var E = Error; Error = function () { return {leak: true} };"
          + " var ok; try { c.add(1.5) } catch (e) { ok = e instanceof E } Error = E; return ok; })()",
      "(function () { var seen = []; Error.prepareStackTrace = function (e, frames) {"
          + " frames.forEach(function (f) { seen.push(f.getThis(), f.getFunction()) }); return 'x' };"
          + " try { new Types().echoInt('x') } catch (e) { e.stack } try { c.add(1.5) } catch (e) { e.stack }"
          + " delete Error.prepareStackTrace;"
          + " return seen.every(function (v) { return v === undefined || v === this || typeof v === 'function' && !/brands|FAILED|badArg/.test(String(v)) || v instanceof Counter || v instanceof Types; }, this); })()",
      "(function () { var leaked = null; var bad = {toString: function f() { leaked = f.caller; return 'x' }};"
          + " try { eval('throw bad') } catch (e) {} return leaked === null; })()",
      "(function () { var t = new Types(); try { t.echoTypes({get x() { return 1 }}) } catch (e) { return e instanceof TypeError; } })()",
      "(function () { try { Counter.prototype.add.call(new Proxy(c, {}), 1); return false; } catch (e) { return e instanceof TypeError; } })()",
      "(function () { try { Counter.prototype.add.call(Object.create(c), 1); return false; } catch (e) { return e instanceof TypeError; } })()",
      "(function () { try { Counter.prototype.add.call(Object.assign(Object.create(Counter.prototype), c), 1); return false; } catch (e) { return e instanceof TypeError; } })()",
      "(function () { var r = Reflect.construct(Counter, [1], Types); return r instanceof Types && Counter.prototype.add.call(r, 1) === 2; })()",
      "(function () { eval = function () { return 'hijacked' }; return true; })()",
      "(function () { Object.freeze = function () {}; Object.create = function () { return {} }; return true; })()",
      "(function () { ['m0', 'm1', 'm2', 'parent', 'takeError'].forEach(function (k) {"
          + " Object.defineProperty(Object.prototype, k, {set: function (f) { stolen = f }, get: function () { return undefined },"
          + " configurable: true}) }); return true; })()",
      "(function () { ['1', '2', '3'].forEach(function (k) { Object.defineProperty(Array.prototype, k,"
          + " {set: function (v) { seen = v }, configurable: true}) }); return true; })()",
      "(function () { Array.prototype.push = function () { throw new Error('push') }; Object.defineProperty(Array.prototype, '0', {set: function () { throw new Error('set') }, configurable: true}); return true; })()",
  };

  /** Runs after the tampering probes above: the glue must still work, and later installs too. */
  private static final String[] AFTERMATH = {
      "c.add(1) === 6 && new Counter(2).value === 2",
      "(function () { try { c.add('x') } catch (e) { return e instanceof TypeError && e.message.indexOf('Counter.add') === 0 } })()",
      "new Circle(1).radius === 1 && Object.isFrozen(Circle.prototype)",
      "new Types().echoColor('RED') === 'RED'",
      "new Types().describe(1, 'x', 'RED', null === null ? new Types() : 0).indexOf('1/x/RED') === 0",
      "typeof stolen === 'undefined' && typeof seen === 'undefined'",
  };

  @Test
  void noProbeReachesJava() throws Exception {
    Counter shared = new Counter(5);
    js.set("c", shared);
    List<String> failed = new ArrayList<>();
    int probes = 0;
    for (String probe : CLASSIC) {
      probes++;
      if (!Boolean.TRUE.equals(js.eval(probe))) {
        failed.add(probe);
      }
    }
    assertEquals("6", String.valueOf(js.eval("c.add(0) + 1")), "exposed members still work after tampering");
    js.install(Circle.class); // installed after the tampering: its templates must not be affected
    js.install(Square.class);
    js.install(Shape.class);
    for (String probe : AFTERMATH) {
      probes++;
      if (!Boolean.TRUE.equals(js.eval(probe))) {
        failed.add(probe);
      }
    }
    probes += generatedProbes(failed);
    assertEquals(0, shared.internalCalls, "a non-exposed Java method was called");
    System.out.println("escape corpus: " + probes + " probes, " + failed.size() + " reached");
    assertTrue(failed.isEmpty(), String.join("\n", failed));
    assertTrue(probes >= 45 + 20, "probes: " + probes);
  }

  /** For every member of every test class that is not exposed: it is not there, by any route. */
  private int generatedProbes(List<String> failed) {
    int probes = 0;
    Class<?>[] classes = {Counter.class, Types.class, Shape.class, Circle.class, Square.class};
    Set<String> objectMethods = new HashSet<>(Arrays.asList("getClass", "hashCode", "equals", "clone", "finalize",
        "notify", "notifyAll", "wait"));
    for (Class<?> type : classes) {
      String instance = "new " + (type == Shape.class ? "Circle(1)" : type == Types.class ? "Types()"
          : type == Counter.class ? "Counter(1)" : type.getSimpleName() + "(1)");
      List<String> hidden = new ArrayList<>(objectMethods);
      for (Method method : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(method.getModifiers()) || method.getName().equals("internal")) {
          hidden.add(method.getName());
        }
      }
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isPublic(field.getModifiers()) || field.getName().equals("secret")) {
          hidden.add(field.getName());
        }
      }
      // A private field may share its name with an exposed accessor (Counter's `value`): skip those.
      Set<String> exposed = new HashSet<>(Arrays.asList(((String) js.eval("(function (C) { var names = [];"
          + " for (var p = C.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p))"
          + " names = names.concat(Object.getOwnPropertyNames(p)); return names.join(); })("
          + type.getSimpleName() + ")")).split(",")));
      hidden.removeAll(exposed);
      for (String name : hidden) {
        for (String probe : new String[] {
            "typeof (" + instance + ")['" + name + "'] === 'undefined'",
            "!('" + name + "' in " + type.getSimpleName() + ")",
            "typeof " + type.getSimpleName() + ".prototype['" + name + "'] === 'undefined'",
            "(function () { try { (" + instance + ")['" + name + "'](); return false; } catch (e) { return e instanceof TypeError; } })()",
        }) {
          probes++;
          if (!Boolean.TRUE.equals(js.eval(probe))) {
            failed.add(type.getSimpleName() + "." + name + ": " + probe);
          }
        }
      }
    }
    return probes;
  }
}
