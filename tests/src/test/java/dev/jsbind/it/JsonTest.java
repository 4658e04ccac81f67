package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Wrappers in JSON.stringify: every exposed class's prototype has a non-enumerable toJSON that
 * yields a frozen plain object of the wrapper's readable properties (getters and final fields,
 * inherited and interfaces' included, keys sorted), calling no method (docs/OBJECT-MODEL.md).
 */
class JsonTest extends V8TestSupport {

  @BeforeEach
  void installClasses() {
    Account.methodCalls = 0;
    js.install(Account.class);
    js.install(Savings.class);
    js.install(Rated.class);
    js.install(Faulty.class);
    js.install(Loop.class);
    js.install(Custom.class);
    js.install(CustomChild.class);
  }

  private String json(String expression) {
    return (String) js.eval("(function () { try { return JSON.stringify(" + expression + "); }"
        + " catch (e) { return (e instanceof Error ? '' : 'non-Error ') + e.name + ': ' + e.message; } })()");
  }

  @Test
  void aWrapperShowsItsReadablePropertiesSorted() {
    assertEquals("{\"backup\":null,\"balance\":12.5,\"number\":7,\"owner\":\"ann\",\"tags\":[\"a\",\"ann\"]}",
        json("new Account('ann', 7, 12.5)"));
    assertEquals("[{\"backup\":null,\"balance\":1,\"number\":2,\"owner\":\"x\",\"tags\":[\"a\",\"x\"]},null]",
        json("[new Account('x', 2, 1), null]"));
    assertEquals(0, Account.methodCalls, "toJSON called a method");
  }

  @Test
  void nestedWrappersBecomeTheirOwnJson() {
    js.exec("var a = new Account('ann', 7, 1); a.backup = new Account('bob', 8, 2);"
        + " a.backup.backup = new Savings('cy', 9);");
    assertEquals("{\"backup\":{\"backup\":{\"alpha\":\"first\",\"backup\":null,\"balance\":10,\"locked\":true,"
        + "\"number\":9,\"owner\":\"cy\",\"rate\":0.5,\"tags\":[\"a\",\"cy\"]},\"balance\":2,\"number\":8,"
        + "\"owner\":\"bob\",\"tags\":[\"a\",\"bob\"]},\"balance\":1,\"number\":7,\"owner\":\"ann\","
        + "\"tags\":[\"a\",\"ann\"]}", json("a"));
    assertEquals("ok", outcome("a.toJSON().backup === a.backup", "true"));
    assertEquals(0, Account.methodCalls, "toJSON called a method");
  }

  @Test
  void subclassAndInterfacePropertiesAreIncluded() {
    assertEquals("{\"alpha\":\"first\",\"backup\":null,\"balance\":10,\"locked\":true,\"number\":3,\"owner\":\"s\","
        + "\"rate\":0.5,\"tags\":[\"a\",\"s\"]}", json("new Savings('s', 3)"));
    // A script's subclass inherits it.
    assertEquals("{\"backup\":null,\"balance\":2,\"number\":1,\"owner\":\"d\",\"tags\":[\"a\",\"d\"]}",
        json("new (class X extends Account { extra() { return 1; } })('d', 1, 2)"));
    assertEquals(0, Account.methodCalls, "toJSON called a method (grade)");
  }

  @Test
  void objectsWithSeveralUnrelatedExposedSupertypesShowThePropertiesOfEach() {
    js.install(Sized.class);
    js.install(Tagged.class);
    assertEquals("{\"label\":\"sized 3\",\"tagLine\":\"#x\"}", json("Tagged.both(3, 'x')"));
    assertEquals("{\"label\":\"sized 5\",\"tagLine\":\"#again\"}", json("Tagged.bothAgain(5)"));
    assertEquals("ok", outcome("Object.keys(Tagged.taggedCounter(4, 'c').toJSON()).indexOf('tagLine') >= 0", "true"));
    assertEquals("ok", outcome("Object.keys(Tagged.taggedCounter(4, 'c').toJSON()).join()",
        "Object.keys(new Counter(1).toJSON()).concat('tagLine').sort().join()"));
  }

  @Test
  void aThrowingGetterMakesJsonStringifyThrowItsError() {
    assertEquals("Error: broken on purpose", json("new Faulty()"));
    assertEquals("Error: broken on purpose", json("{list: [1, new Faulty()]}"));
  }

  @Test
  void aReceiverThatIsNotAWrapperOfTheClassIsAnIllegalInvocation() {
    String illegal = "TypeError: Illegal invocation: Account.toJSON was called on something that is not a Account";
    assertEquals(illegal, errorOf("Account.prototype.toJSON.call({})"));
    assertEquals(illegal, errorOf("Account.prototype.toJSON.call(Object.create(Account.prototype))"));
    assertEquals(illegal, errorOf("Account.prototype.toJSON.call(new Faulty())"));
    assertEquals(illegal, errorOf("Account.prototype.toJSON.call(new Proxy(new Account('p', 1, 1), {}))"));
    assertEquals(illegal, errorOf("Account.prototype.toJSON.call(null)"));
    assertEquals(illegal, errorOf("JSON.stringify(Object.setPrototypeOf(new Faulty(), Account.prototype))"));
    assertEquals("TypeError: Illegal invocation: Savings.toJSON was called on something that is not a Savings",
        errorOf("Savings.prototype.toJSON.call(new Account('q', 1, 1))"));
  }

  @Test
  void aClassWithItsOwnToJsonKeepsIt() {
    assertEquals("\"custom\"", json("new Custom()"));
    assertEquals("\"custom\"", json("new CustomChild()"));
  }

  @Test
  void aWrapperThatContainsItselfIsJsonsOwnCycleError() {
    assertEquals("TypeError: Converting circular structure to JSON", json("new Loop()"));
    // Through two wrappers, and again after the first attempt.
    js.exec("var p = new Account('p', 1, 1), q = new Account('q', 2, 2); p.backup = q; q.backup = p;");
    assertEquals("TypeError: Converting circular structure to JSON", json("p"));
    assertEquals("TypeError: Converting circular structure to JSON", json("p"));
    js.exec("q.backup = null;");
    assertEquals("ok", outcome("JSON.parse(JSON.stringify(p)).backup.owner", "'q'"));
  }

  @Test
  void keysStayOnThePrototypeAndTheSnapshotIsFrozen() {
    js.exec("var w = new Account('k', 1, 5);");
    assertEquals("ok", outcome("Object.keys(w).length", "0"));
    assertEquals("ok", outcome("(function () { var n = 0; for (var k in w) n++; return n; })()", "0"));
    assertEquals("ok", outcome("Object.getOwnPropertyDescriptor(Account.prototype, 'toJSON').enumerable", "false"));
    assertEquals("ok", outcome("Object.keys(w.toJSON()).join()", "'backup,balance,number,owner,tags'"));
    assertEquals("ok", outcome("Object.getPrototypeOf(w.toJSON()) === Object.prototype", "true"));
    assertEquals("ok", outcome("Object.isFrozen(w.toJSON())", "true"));
    // The same snapshot while nothing changed (copies compared by their contents); a new one once
    // a property changed.
    assertEquals("ok", outcome("w.toJSON() === w.toJSON()", "true"));
    assertEquals("ok", outcome("(function () { var a = w.toJSON(); a.tags.push('x'); return w.toJSON() !== a; })()",
        "true"));
    assertEquals("ok", outcome("(function () { var a = w.toJSON(); w.balance = 6; var b = w.toJSON();"
        + " return a !== b && a.balance === 5 && b.balance === 6; })()", "true"));
    assertEquals("ok", outcome("Object.prototype.hasOwnProperty.call(w, 'owner')", "false"));
    // -0 and NaN are told apart from 0 and kept as the same value (SameValue).
    assertEquals("ok", outcome("(function () { w.balance = 0; var a = w.toJSON(); w.balance = -0;"
        + " return Object.is(w.toJSON().balance, -0) && a.balance === 0; })()", "true"));
    assertEquals("ok", outcome("(function () { w.balance = NaN; return w.toJSON() === w.toJSON(); })()", "true"));
    // A snapshot is reused only within a top-level script: the next one makes a new one.
    js.exec("var kept = w.toJSON();");
    assertEquals("ok", outcome("kept === w.toJSON()", "false"));
    assertEquals("ok", outcome("typeof Account.prototype.toJSON", "'function'"));
    assertEquals("ok", outcome("Object.isFrozen(Account.prototype)", "true"));
  }
}
