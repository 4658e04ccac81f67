package com.example.meter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsbind.runtime.JsRuntime;
import org.junit.jupiter.api.Test;

class MeterScriptTest {
  @Test
  void scriptsReadTheMeter() {
    try (JsRuntime js = JsRuntime.create()) {
      js.install(Meter.class);
      assertEquals("2 kWh", js.eval("var m = new Meter(); m.tick(); m.tick(); m.read() + ' ' + m.unit"));
    }
  }
}
