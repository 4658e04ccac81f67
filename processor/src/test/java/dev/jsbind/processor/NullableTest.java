package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jsbind.processor.Compilations.compile;
import static dev.jsbind.processor.Compilations.example;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @JsNullable}: what it changes in bindings and declarations, and where it is an error. */
class NullableTest {
  private static final String BOX = """
      @JsExposed
      public class Box {
        public static String describe(@JsNullable Box box, Box strict) { return ""; }
        @JsNullable public Box loose;
        public Box tight;
        private Box held;
        @JsProperty @JsNullable public Box getHeld() { return held; }
        @JsProperty public void setHeld(Box held) { this.held = held; }
        @JsNullable public static Box shared;
        @JsNullable public String text;
        @JsNullable public Box next() { return null; }
      }
      """;

  @Test
  void nullableObjectsAreDeclaredAsNullable() {
    Compilation compilation = compile(example("Box", BOX));
    assertThat(compilation).succeededWithoutWarnings();
    String binding = Compilations.generatedSource(compilation, "com.example.Box_JsBinding");
    String members = BindingMembers.of(binding);
    assertThat(members).contains("=JsType.nullableObject(Box.class):box =JsType.object(Box.class):strict");
    assertThat(members).contains("G loose JsType.nullableObject(Box.class)");
    assertThat(members).contains("G tight JsType.object(Box.class)");
    assertThat(members).contains("G held JsType.nullableObject(Box.class)");
    assertThat(members).contains("g shared JsType.nullableObject(Box.class)");
    assertThat(members).contains("G text STRING");
    // Results are never checked for null: @JsNullable on a method only documents it.
    assertThat(members).contains("M next JsType.object(Box.class)");
  }

  @Test
  void declarationsLetNullableObjectsBeNull() {
    Compilation compilation = Compilations.compileWithApi(List.of(), example("Box", BOX));
    assertThat(compilation).succeededWithoutWarnings();
    String dts = Compilations.classOutputText(compilation, ApiFiles.DECLARATIONS);
    assertThat(dts).contains("static describe(box: Box | null, strict: Box): string | null;");
    assertThat(dts).contains("set loose(value: Box | null);");
    assertThat(dts).contains("set tight(value: Box);");
    assertThat(dts).contains("set held(value: Box | null);");
    assertThat(dts).contains("static set shared(value: Box | null);");
  }

  @Test
  void nullableOnAPrimitiveOrVoid() {
    JavaFileObject file = example("Gauge", """
        @JsExposed
        public class Gauge {
          public void set(@JsNullable int level) {}
          @JsNullable public double ratio;
          @JsNullable public char mark() { return 'a'; }
          @JsNullable public void reset() {}
          @JsProperty public int getSize() { return 0; }
          @JsProperty public void setSize(@JsNullable int size) {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.nullable-primitive] parameter 'level' of method Gauge.set(int) is annotated"
            + " with @JsNullable, but its type int can never be null. Use its box (Integer)")
        .inFile(file).onLineContaining("int level");
    assertThat(compilation)
        .hadErrorContaining("[jsbind.nullable-primitive] field Gauge.ratio is annotated with @JsNullable, but its"
            + " type double can never be null. Use its box (Double)")
        .inFile(file).onLineContaining("double ratio");
    assertThat(compilation)
        .hadErrorContaining("[jsbind.nullable-primitive] method Gauge.mark() is annotated with @JsNullable, but"
            + " its type char can never be null. Use its box (Character)")
        .inFile(file).onLineContaining("char mark()");
    assertThat(compilation)
        .hadErrorContaining("[jsbind.nullable-primitive] method Gauge.reset() is annotated with @JsNullable, but"
            + " its type void can never be null. Remove @JsNullable.")
        .inFile(file).onLineContaining("void reset()");
    assertThat(compilation)
        .hadErrorContaining("[jsbind.nullable-primitive] method Gauge.setSize(int) is annotated with @JsNullable,"
            + " but its type int can never be null")
        .inFile(file).onLineContaining("void setSize(");
    assertThat(compilation).hadErrorCount(5);
  }

  @Test
  void nullableOutsideAnExposedClass() {
    JavaFileObject file = example("Plain", """
        public final class Plain {
          public void take(@JsNullable String text) {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.not-exposed] parameter 'text' of method Plain.take(java.lang.String) is"
            + " annotated with @JsNullable, but Plain is not annotated with @JsExposed")
        .inFile(file).onLineContaining("String text");
  }
}
