package dev.jsbind.runtime.j2v8;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jsbind.runtime.binding.JsBinding;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Scanner;
import org.junit.jupiter.api.Test;

/** The shrinking rules shipped for Android keep what the runtime looks up by name. */
class ShrinkRulesTest {
  @Test
  void theRulesKeepTheBindingsTheRuntimeLoadsByName() {
    InputStream in = ShrinkRulesTest.class.getResourceAsStream("/META-INF/proguard/jsbind.pro");
    assertNotNull(in, "META-INF/proguard/jsbind.pro is missing from the runtime");
    String rules = new Scanner(in, StandardCharsets.UTF_8.name()).useDelimiter("\\A").next();
    assertTrue(rules.contains("-keep class **" + JsBinding.SUFFIX + " { public <init>(); }"), rules);
    assertTrue(rules.contains("-keepnames @dev.jsbind.annotations.JsExposed class *"), rules);
  }
}
