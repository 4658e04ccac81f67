package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The memory the glue shares with Java (the tape values are copied through, the frame) is never
 * handed to a script: not even as the receiver of an inherited accessor a script redefined.
 */
class SealedTapeTest extends V8TestSupport {
  @BeforeEach
  void installInventory() {
    Inventory.stock = new HashMap<String, Integer>();
    js.install(Inventory.class);
  }

  /** Redefines every accessor of %TypedArray%.prototype and ArrayBuffer.prototype to catch its receiver. */
  private void catchTypedArrayReceivers() {
    js.exec("var caught = [];"
        + "[Object.getPrototypeOf(Int8Array.prototype), ArrayBuffer.prototype].forEach(function (proto) {"
        + "  Object.getOwnPropertyNames(proto).forEach(function (name) {"
        + "    var d = Object.getOwnPropertyDescriptor(proto, name);"
        + "    if (!d.configurable) return;"
        + "    if (d.get) { var g = d.get; Object.defineProperty(proto, name, {configurable: true,"
        + "      get: function () { caught.push(this); return g.call(this); }}); }"
        + "    else if (typeof d.value === 'function') { var f = d.value; Object.defineProperty(proto, name, {"
        + "      configurable: true, writable: true, value: function () { caught.push(this);"
        + "        return f.apply(this, arguments); }}); }"
        + "  });"
        + "});");
  }

  @Test
  void aGrowingTapeIsNeverTheReceiverOfAScriptsAccessor() {
    catchTypedArrayReceivers();
    // 20,000 numbers outgrow the initial tape: the glue takes a bigger one.
    assertEquals(20000, js.eval("var big = []; for (var i = 0; i < 20000; i++) big[i] = 1; Inventory.sum(big)"));
    assertEquals(0, js.eval("caught.length"));
  }

  @Test
  void checkedArgumentsReachJavaAsChecked() {
    catchTypedArrayReceivers();
    // Whatever was caught (nothing, once sealed) is scribbled over while the next argument is read.
    js.exec("function scribble() { for (var c = 0; c < caught.length; c++) {"
        + "  var t = caught[c]; if (t instanceof Float64Array) for (var i = 0; i < 64; i++) t[i] = 2147483647; } }");
    js.eval("var big = []; for (var i = 0; i < 20000; i++) big[i] = 1; Inventory.sum(big)");
    assertEquals("[11, 22, 33]", js.eval("var a = [11, 22, 33]; var list = ['x'];"
        + "Object.defineProperty(list, '0', {get: function () { scribble(); return 'y'; }});"
        + "Inventory.nestedText([{k: a}]) && Inventory.nestedText([{k: a}, {get k() { scribble(); return [1]; }}]).split(';')[0].slice(2)"));
  }
}
