package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.jsbind.processor.Compilations.compile;
import static dev.jsbind.processor.Compilations.generatedSource;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Output depends on what a class declares, never on declaration order or on the run. */
class DeterminismTest {
  private static final String BINDING = "com.example.Counter_JsBinding";

  @Test
  void sameSourcesGiveIdenticalOutput() {
    JavaFileObject counter = JavaFileObjects.forResource("inputs/com/example/Counter.java");
    assertThat(generatedSource(compile(counter), BINDING))
        .isEqualTo(generatedSource(compile(counter), BINDING));
  }

  @Test
  void memberOrderDoesNotChangeOutput() {
    // The golden Counter with its members in (roughly) reverse order.
    JavaFileObject reordered = Compilations.source("com.example.Counter", """
        package com.example;

        import dev.jsbind.annotations.*;

        @JsExposed
        public class Counter {
          @JsIgnore public void internal() {}
          @JsMethod(name = "plus") public Counter add(Counter other) { return this; }
          public static Counter zero() { return null; }
          @JsProperty public void setName(String n) {}
          @JsProperty public String getName() { return ""; }
          @JsProperty public boolean isEmpty() { return true; }
          @JsProperty public int getValue() { return 0; }
          public void reset() {}
          public int add(int delta) { return 0; }
          public Counter() {}
          @JsConstructor public Counter(int start) {}
          public final long id = 1;
          public String label;
        }
        """);
    JavaFileObject original = JavaFileObjects.forResource("inputs/com/example/Counter.java");
    assertThat(generatedSource(compile(reordered), BINDING))
        .isEqualTo(generatedSource(compile(original), BINDING));
  }
}
