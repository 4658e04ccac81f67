package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jsbind.processor.Compilations.example;
import static dev.jsbind.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Kotlin classes as kapt hands them to the processor: Java stubs carrying {@code @kotlin.Metadata},
 * written here as kapt writes them (private backing fields, generated accessors, the companion's
 * static field). The Kotlin build itself is checked by it/builds/src/it/kotlin-kapt.
 */
class KotlinClassesTest {
  private static final JavaFileObject METADATA = source("kotlin.Metadata", """
      package kotlin;

      import java.lang.annotation.*;

      @Retention(RetentionPolicy.RUNTIME)
      @Target(ElementType.TYPE)
      public @interface Metadata {
        int k() default 1;
        String[] d2() default {};
      }
      """);

  /** class Thermostat(val room: String) { var target = 20; var isOn = false; val area get() = 4; … } */
  private static final String THERMOSTAT = """
      @kotlin.Metadata(k = 1)
      @JsExposed
      public final class Thermostat {
        private final String room;
        private int target = 20;
        private boolean isOn;
        public static final int MAX = 30;
        public static final Thermostat.Companion Companion = null;

        public Thermostat(String room) { this.room = room; }
        public final String getRoom() { return room; }
        public final int getTarget() { return target; }
        public final void setTarget(int p0) { target = p0; }
        public final boolean isOn() { return isOn; }
        public final void setOn(boolean p0) { isOn = p0; }
        public final int getArea() { return 4; }
        public final int raise(int by) { return target += by; }
        public static final Thermostat standard() { return null; }

        public static final class Companion {
          private Companion() {}
          public final Thermostat standard() { return null; }
        }
      }
      """;

  private static Compilation compile(JavaFileObject... sources) {
    JavaFileObject[] all = java.util.Arrays.copyOf(sources, sources.length + 1);
    all[sources.length] = METADATA;
    return Compiler.javac().withProcessors(new JsApiProcessor(), new JsBindProcessor()).compile(all);
  }

  @Test
  void storedPropertiesAreJavaScriptPropertiesAndTheCompanionFieldIsLeftOut() {
    Compilation compilation = compile(example("Thermostat", THERMOSTAT));
    assertThat(compilation).succeededWithoutWarnings();
    String dts = Compilations.classOutputText(compilation, ApiFiles.DECLARATIONS);
    // val: a getter only, so read-only; var: getter and setter.
    assertThat(dts).contains("  get room(): string | null;\n");
    assertThat(dts).doesNotContain("set room(");
    assertThat(dts).contains("  get target(): number;\n  set target(value: number);\n");
    // `var isOn`: Kotlin's getter isOn() and setter setOn(), one property, named by jsbind's rule.
    assertThat(dts).contains("  get on(): boolean;\n  set on(value: boolean);\n");
    // A computed property has no field to tell it from a function: it stays a method.
    assertThat(dts).contains("  getArea(): number;\n");
    assertThat(dts).contains("  raise(by: number): number;\n");
    // Companion's @JvmStatic and const val members are statics of the class; its field is not API.
    assertThat(dts).contains("  static readonly MAX: number;\n");
    assertThat(dts).contains("  static standard(): Thermostat | null;\n");
    assertThat(dts).doesNotContain("Companion");
  }

  @Test
  void theSameShapeInJavaKeepsJavaRules() {
    // Without @kotlin.Metadata the getters are methods and the Companion field is an error: the
    // Kotlin reading applies to Kotlin classes only.
    Compilation compilation = compile(example("Thermostat", THERMOSTAT.replace("@kotlin.Metadata(k = 1)\n", "")));
    assertThat(compilation).hadErrorContaining("[jsbind.unsupported-type] field Thermostat.Companion");
  }

  @Test
  void aKotlinValueClassWithoutPublicFieldsIsToldAboutJvmField() {
    JavaFileObject reading = example("Reading", """
        @kotlin.Metadata(k = 1)
        @JsValue
        public final class Reading {
          private final String room;
          private final int celsius;
          public Reading(String room, int celsius) { this.room = room; this.celsius = celsius; }
          public final String getRoom() { return room; }
          public final int getCelsius() { return celsius; }
          public final String component1() { return room; }
        }
        """);
    JavaFileObject user = example("Meter", """
        @JsExposed
        public class Meter {
          public Reading read() { return null; }
        }
        """);
    Compilation compilation = compile(reading, user);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.value-not-constructible] class com.example.Reading is annotated with @JsValue,"
            + " but copies from JavaScript cannot be built")
        .inFile(reading).onLineContaining("public final class Reading");
    assertThat(compilation).hadErrorContaining("In Kotlin, annotate its properties @JvmField");
  }

  @Test
  void aKotlinValueClassWithJvmFieldsIsAValue() {
    JavaFileObject reading = example("Reading", """
        @kotlin.Metadata(k = 1)
        @JsValue
        public final class Reading {
          public final String room;
          public final int celsius;
          public Reading(String room, int celsius) { this.room = room; this.celsius = celsius; }
          public final String component1() { return room; }
        }
        """);
    JavaFileObject user = example("Meter", """
        @JsExposed
        public class Meter {
          public Reading read() { return null; }
        }
        """);
    Compilation compilation = compile(reading, user);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compilations.classOutputText(compilation, ApiFiles.DECLARATIONS))
        .contains("interface Reading {\n  room: string | null;\n  celsius: number;\n}");
  }
}
