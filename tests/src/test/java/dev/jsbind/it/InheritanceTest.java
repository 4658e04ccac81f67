package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exposed subclasses chain to their exposed superclass's prototype. */
class InheritanceTest extends V8TestSupport {

  @BeforeEach
  void installShapes() {
    js.install(Circle.class);
    js.install(Square.class);
    js.install(Shape.class);
    js.exec("var c = new Circle(2), s = new Square(3);");
  }

  @Test
  void baseMembersWorkOnSubclassInstances() {
    assertEquals("square of area 9.0", js.eval("s.describe()"));
    assertEquals("square", js.eval("s.kind"));
    assertEquals(true, js.eval("s.biggerThan(c) === false && c.biggerThan(new Square(1))"));
  }

  @Test
  void overridesDispatchToTheJavaOverride() {
    assertEquals("circle r=2.0", js.eval("c.describe()"));
    assertEquals("circle r=2.0", js.eval("Object.getPrototypeOf(Circle.prototype).describe.call(c)"),
        "the base method calls the Java method, which is virtual");
  }

  @Test
  void prototypesChain() {
    assertEquals(true, js.eval("c instanceof Circle && c instanceof Shape && !(c instanceof Square)"
        + " && Object.getPrototypeOf(Circle.prototype) === Object.getPrototypeOf(Square.prototype)"));
    assertEquals(true, js.eval("Object.getPrototypeOf(Circle) === Object.getPrototypeOf(Square)"),
        "the constructors chain too, so statics are inherited");
    assertEquals(true, js.eval("Circle.unit() instanceof Circle"));
  }

  @Test
  void nonExposedSubclassesAreWrappedAsTheirNearestExposedClass() {
    assertEquals(true, js.eval("var u = Circle.unit(); u instanceof Circle && u.radius === 1"));
    assertInstanceOf(Circle.Unit.class, js.eval("Circle.unit()"));
  }

  @Test
  void subclassMembersRefuseOtherSubclasses() {
    assertEquals("TypeError: Illegal invocation: Circle.radius was called on something that is not a Circle",
        errorOf("Object.getOwnPropertyDescriptor(Circle.prototype, 'radius').get.call(s)"));
    assertEquals("TypeError: Illegal invocation: Shape.describe was called on something that is not a Shape",
        errorOf("Square.prototype.describe.call(new Counter(1))"));
    assertEquals("TypeError: Illegal invocation: Circle.describe was called on something that is not a Circle",
        errorOf("Circle.prototype.describe.call(s)"));
  }

  @Test
  void baseTypedParametersAcceptSubclassesOnly() {
    assertEquals("TypeError: Shape.biggerThan: argument 1 (other) must be a Shape, got a Counter",
        errorOf("c.biggerThan(new Counter(1))"));
  }

  @Test
  void theAbstractBaseCannotBeConstructed() {
    assertEquals("TypeError: Illegal constructor: Shape cannot be created from JavaScript",
        errorOf("new Shape()"));
  }

  @Test
  void aNonExposedSubclassSeenFirstDoesNotHideItsNonExposedSuperclass() {
    js.set("thin", new Circle.ThinRing());
    js.set("ring", new Circle.Ring(2));
    assertEquals(true, js.eval("thin instanceof Circle && ring instanceof Circle && thin.radius === 3 && ring.radius === 2"));
  }
}
