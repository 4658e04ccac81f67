package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jsbind.processor.Compilations.example;
import static dev.jsbind.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The common {@code @Nullable} annotations count as {@code @JsNullable} (Kotlin writes JetBrains'
 * on every nullable type). Each is declared here as its library declares it (retention and
 * targets), so the processor is shown to need none of them on its classpath.
 */
class ForeignNullableTest {
  /** An annotation named Nullable in {@code pkg}, with the targets its library gives it. */
  private static JavaFileObject nullable(String pkg) {
    String targets = switch (pkg) {
      // JSpecify: type use only, so it sits on types, never on declarations.
      case "org.jspecify.annotations" -> "@Target(ElementType.TYPE_USE) @Retention(RetentionPolicy.RUNTIME)";
      // JetBrains (since 20): declarations and type use.
      case "org.jetbrains.annotations" -> "@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER,"
          + " ElementType.LOCAL_VARIABLE, ElementType.TYPE_USE}) @Retention(RetentionPolicy.CLASS)";
      // JSR-305: no @Target at all.
      case "javax.annotation" -> "@Retention(RetentionPolicy.RUNTIME)";
      // AndroidX: declarations only.
      case "androidx.annotation" -> "@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD,"
          + " ElementType.LOCAL_VARIABLE}) @Retention(RetentionPolicy.CLASS)";
      default -> throw new IllegalArgumentException(pkg);
    };
    return source(pkg + ".Nullable", "package " + pkg + ";\n\nimport java.lang.annotation.*;\n\n"
        + targets + "\npublic @interface Nullable {}\n");
  }

  private static JavaFileObject box(String pkg) {
    return example("Box", """
        import %s.Nullable;

        @JsExposed
        public class Box {
          public static String describe(@Nullable Box box, Box strict) { return ""; }
          public @Nullable Box loose;
          public Box tight;
          private Box held;
          @JsProperty public @Nullable Box getHeld() { return held; }
          @JsProperty public void setHeld(@Nullable Box held) { this.held = held; }
          public static @Nullable Box shared;
          public @Nullable Box next() { return null; }
          public void take(Item item) {}
        }
        """.formatted(pkg));
  }

  private static JavaFileObject item(String pkg) {
    return example("Item", """
        import %s.Nullable;

        @JsValue
        public final class Item {
          public @Nullable Box box;
          public Box strict;
          public Item(Box box, Box strict) { this.box = box; this.strict = strict; }
        }
        """.formatted(pkg));
  }

  private static Compilation compile(String pkg, JavaFileObject... sources) {
    List<JavaFileObject> all = new java.util.ArrayList<>(List.of(sources));
    all.add(nullable(pkg));
    return Compiler.javac().withProcessors(new JsApiProcessor(), new JsBindProcessor()).compile(all);
  }

  @ParameterizedTest
  @ValueSource(strings = {"org.jetbrains.annotations", "org.jspecify.annotations", "javax.annotation", "androidx.annotation"})
  void nullableCountsAsJsNullable(String pkg) {
    Compilation compilation = compile(pkg, box(pkg), item(pkg));
    assertThat(compilation).succeededWithoutWarnings();

    String members = BindingMembers.of(Compilations.generatedSource(compilation, "com.example.Box_JsBinding"));
    assertThat(members).contains("=JsType.nullableObject(Box.class):box =JsType.object(Box.class):strict");
    assertThat(members).contains("G loose JsType.nullableObject(Box.class)");
    assertThat(members).contains("G tight JsType.object(Box.class)");
    assertThat(members).contains("G held JsType.nullableObject(Box.class)");
    assertThat(members).contains("g shared JsType.nullableObject(Box.class)");

    String dts = Compilations.classOutputText(compilation, ApiFiles.DECLARATIONS);
    assertThat(dts).contains("static describe(box: Box | null, strict: Box): string | null;");
    assertThat(dts).contains("set loose(value: Box | null);");
    assertThat(dts).contains("set tight(value: Box);");
    assertThat(dts).contains("set held(value: Box | null);");
    assertThat(dts).contains("static set shared(value: Box | null);");
    assertThat(Compilations.generatedSource(compilation, "com.example.Item_JsValue"))
        .contains("{JsType.nullableObject(Box.class), JsType.object(Box.class)}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"org.jetbrains.annotations", "javax.annotation", "androidx.annotation"})
  void nullableOnAPrimitiveNamesTheAnnotation(String pkg) {
    JavaFileObject gauge = example("Gauge", """
        import %s.Nullable;

        @JsExposed
        public class Gauge {
          public void set(@Nullable int level) {}
        }
        """.formatted(pkg));
    Compilation compilation = compile(pkg, gauge);
    // (javac prints a type-use annotation with the type: JetBrains' is one, the others are not.)
    assertThat(compilation)
        .hadErrorContaining("[jsbind.nullable-primitive] parameter 'level' of method Gauge.set(")
        .inFile(gauge).onLineContaining("int level");
    assertThat(compilation)
        .hadErrorContaining("is annotated with @" + pkg + ".Nullable, but its type ")
        .inFile(gauge).onLineContaining("int level");
    assertThat(compilation)
        .hadErrorContaining("int can never be null. Use its box (Integer) to let JavaScript pass null, or remove @"
            + pkg + ".Nullable.")
        .inFile(gauge).onLineContaining("int level");
    assertThat(compilation).hadErrorCount(1);
  }
}
