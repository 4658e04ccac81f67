package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/**
 * An exposed interface (Sized): its members work on every wrapper whose Java object implements
 * it, its parameters accept any implementor, and {@code instanceof} asks the Java object.
 */
class InterfacesTest extends V8TestSupport {

  private void installSized() {
    js.install(Sized.class);
    js.install(Box.class);
    js.install(Bag.class);
    js.exec("var box = new Box(3), bag = new Bag(2), counter = new Counter(1);");
  }

  @Test
  void implementorsHaveTheInterfaceMembers() {
    installSized();
    assertEquals("ok", outcome("box.largerThan(bag) && !bag.largerThan(box)", "true"));
    assertEquals("ok", outcome("bag.size() + bag.count()", "4"), "Bag's own count() and Sized's size()");
    assertEquals("ok", outcome("bag.label", "'sized 2'"), "a @JsProperty default method");
    assertEquals("ok", outcome("box.label", "'box of 3'"), "the class's own member wins");
    assertEquals("ok", outcome("Box.prototype.largerThan === Sized.prototype.largerThan", "true"));
    assertEquals("ok", outcome("Object.getOwnPropertyDescriptor(Box.prototype, 'label').get"
        + " !== Object.getOwnPropertyDescriptor(Sized.prototype, 'label').get", "true"));
    assertEquals("ok", outcome("Sized.prototype.largerThan.call(bag, new Bag(1))", "true"));
    assertEquals("ok", outcome("Object.getOwnPropertyDescriptor(Sized.prototype, 'label').get.call(box)",
        "'box of 3'"), "the interface's getter calls the Java method, which is virtual");
  }

  @Test
  void interfaceTypedParametersAcceptAnyImplementorAndRefuseOthers() {
    installSized();
    assertEquals("ok", outcome("Sized.total(box, bag)", "5"));
    assertEquals("ok", outcome("Sized.total(bag, Sized.hidden(10))", "12"));
    assertEquals("TypeError: Sized.total: argument 2 (second) must be a Sized, got a Counter",
        errorOf("Sized.total(box, counter)"));
    assertEquals("TypeError: Sized.largerThan: argument 1 (other) must be a Sized, got an object",
        errorOf("box.largerThan({size: function () { return 1; }})"));
    assertEquals("TypeError: Sized.largerThan: argument 1 (other) must be a Sized, got null",
        errorOf("box.largerThan(null)"));
  }

  @Test
  void instanceofAsksTheJavaObject() {
    installSized();
    assertEquals("ok", outcome("box instanceof Sized && bag instanceof Sized && Sized.hidden(1) instanceof Sized",
        "true"));
    assertEquals("ok", outcome("box instanceof Box && !(box instanceof Bag) && !(bag instanceof Box)", "true"));
    assertEquals("ok", outcome("Object.getPrototypeOf(Bag) === Function.prototype"
        + " && Object.getPrototypeOf(Bag.prototype) === Object.prototype", "true"),
        "an interface implemented by a non-exposed superclass is not a JavaScript superclass");
    assertEquals("ok", outcome("[counter, {}, null, undefined, 3, 'box', Sized, Object.create(Sized.prototype)]"
        + ".some(function (x) { return x instanceof Sized; })", "false"));
    assertEquals("ok", outcome("Object.setPrototypeOf(counter, Sized.prototype) instanceof Sized", "false"),
        "a wrapper of another class does not become a Sized by its prototype");
    assertEquals("ok", outcome("Object.setPrototypeOf({}, Box.prototype) instanceof Sized", "false"));
    assertEquals("ok", outcome("new Proxy(box, {}) instanceof Sized", "false"));
  }

  @Test
  void instanceofCannotBeReplaced() {
    installSized();
    assertEquals("ok", outcome("Object.isFrozen(Sized) && Object.isFrozen(Sized.prototype)", "true"));
    assertEquals("TypeError: Cannot redefine property: Symbol(Symbol.hasInstance)",
        errorOf("Object.defineProperty(Sized, Symbol.hasInstance, {value: function () { return true; }})"));
    assertEquals("ok", outcome("(function () { 'use strict'; try { Sized[Symbol.hasInstance] = null; }"
        + " catch (e) { return counter instanceof Sized ? 'replaced' : e.name; } })()", "'TypeError'"));
  }

  @Test
  void forgedReceiversAreIllegalInvocations() {
    installSized();
    assertEquals("TypeError: Illegal invocation: Sized.largerThan was called on something that is not a Sized",
        errorOf("Sized.prototype.largerThan.call(counter, box)"));
    assertEquals("TypeError: Illegal invocation: Sized.largerThan was called on something that is not a Sized",
        errorOf("Sized.prototype.largerThan.call({}, box)"));
    assertEquals("TypeError: Illegal invocation: Sized.largerThan was called on something that is not a Sized",
        errorOf("Sized.prototype.largerThan.call(new Proxy(box, {}), box)"));
    assertEquals("TypeError: Illegal invocation: Sized.size was called on something that is not a Sized",
        errorOf("Object.setPrototypeOf(counter, Sized.prototype); counter.size()"));
    assertEquals("TypeError: Illegal invocation: Sized.label was called on something that is not a Sized",
        errorOf("Object.getOwnPropertyDescriptor(Sized.prototype, 'label').get.call(counter)"));
  }

  @Test
  void theInterfaceCannotBeConstructed() {
    installSized();
    assertEquals("TypeError: Illegal constructor: Sized cannot be created from JavaScript", errorOf("new Sized()"));
    assertEquals("TypeError: Class constructor Sized cannot be invoked without 'new'", errorOf("Sized()"));
  }

  @Test
  void aNonExposedImplementorIsWrappedAsTheInterface() {
    installSized();
    js.exec("var h = Sized.hidden(5);");
    assertEquals("ok", outcome("Object.getPrototypeOf(h) === Sized.prototype"
        + " && h.size() === 5 && h.label === 'sized 5' && h.largerThan(box) && !(h instanceof Box)", "true"));
    assertEquals("ok", outcome("Sized.hidden(5) === Sized.hidden(5)", "false"));
    assertInstanceOf(Sized.Hidden.class, js.eval("Sized.hidden(7)"));
    js.set("given", Sized.hidden(8));
    assertEquals("ok", outcome("given instanceof Sized && given.size() === 8", "true"));
  }

  @Test
  void aSubclassSeenFirstDoesNotHideItsSuperclass() {
    installSized();
    assertEquals("ok", outcome("Sized.smaller(5).size() + Sized.hidden(5).size()", "9"));
  }

  @Test
  void implementorsWorkWithoutTheInterfaceInstalled() {
    js.install(Box.class);
    js.exec("var box = new Box(3);");
    assertEquals("ok", outcome("box.largerThan(new Box(2)) && typeof Sized", "'undefined'"));
  }

  @Test
  void patchedIntrinsicsDoNotChangeTheInterfaceMembers() {
    // Templates are built on first need: a script has had its chance to patch everything by then.
    js.exec("Object.prototype.largerThan = 'patched';"
        + "Object.defineProperty(Object.prototype, 'get', {get: function () { throw new Error('get read'); }});"
        + "Object.defineProperty = Object.getOwnPropertyNames = Object.getOwnPropertyDescriptor = null;"
        + "Object.getPrototypeOf = Object.setPrototypeOf = null;"
        + "WeakMap.prototype.get = function () { return 1; };");
    installSized();
    assertEquals("ok", outcome("box.largerThan(bag) && Box.prototype.hasOwnProperty('largerThan')", "true"));
    assertEquals("ok", outcome("counter instanceof Sized", "false"));
    assertEquals("ok", outcome("bag.label", "'sized 2'"));
  }
}
