package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jsbind.processor.Compilations.example;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What jsbind.d.ts declares, beyond the golden files: names, inheritance, JSDoc and parameter
 * names. The build also checks declarations with the real TypeScript compiler (it/typescript).
 */
class DeclarationsTest {

  private static String declarationsOf(JavaFileObject... sources) {
    Compilation compilation = Compilations.compileWithApi(List.of(), sources);
    assertThat(compilation).succeededWithoutWarnings();
    return Compilations.classOutputText(compilation, ApiFiles.DECLARATIONS);
  }

  @Test
  void referencedClassesAreNamedByTheirJavaScriptNames() {
    String dts = declarationsOf(
        example("Point", """
            @JsExposed(name = "Pt")
            public class Point {
              public Point() {}
            }
            """),
        example("Canvas", """
            @JsExposed
            public class Canvas {
              public Point origin() { return null; }
              public void moveTo(Point p) {}
            }
            """));
    assertThat(dts).contains("declare class Pt {");
    assertThat(dts).contains("  origin(): Pt | null;\n");
    assertThat(dts).contains("  moveTo(p: Pt): void;\n");
    assertThat(dts).doesNotContain("Point");
  }

  @Test
  void classesExtendTheirNearestExposedSuperclass() {
    String dts = declarationsOf(
        example("Animal", """
            @JsExposed(name = "Creature")
            public abstract class Animal {}
            """),
        example("Pet", """
            public abstract class Pet extends Animal {
              public String owner() { return ""; }
            }
            """),
        example("Dog", """
            @JsExposed
            public class Dog extends Pet {
              public Dog() {}
            }
            """));
    assertThat(dts).contains("declare class Creature {\n");
    assertThat(dts).contains("declare class Dog extends Creature {\n  constructor();\n  owner(): string | null;\n"
        + "  /** What JSON.stringify sees: a frozen snapshot of the readable properties. */\n  toJSON(): {} & ReturnType<Creature[\"toJSON\"]>;\n}");
  }

  @Test
  void enumsAreUnionsOfTheirConstantNamesInDeclarationOrder() {
    String dts = declarationsOf(
        example("Level", """
            public enum Level { LOW, HIGH, MEDIUM; public int weight() { return 0; } }
            """),
        example("Nothing", "public enum Nothing {}\n"),
        example("Meter", """
            @JsExposed
            public class Meter {
              public void set(Level level) {}
              public Nothing never() { return null; }
            }
            """));
    assertThat(dts).contains("  set(level: \"LOW\" | \"HIGH\" | \"MEDIUM\" | null): void;\n");
    assertThat(dts).contains("  never(): null;\n");
  }

  @Test
  void parametersThatStrictModeForbidsAreRenamed() {
    String dts = declarationsOf(example("Evaluator", """
        @JsExposed
        public class Evaluator {
          /**
           * Runs.
           *
           * @param eval what to run
           * @param eval_ taken already
           * @param in where
           */
          public void run(String eval, String eval_, String in, String arguments) {}
        }
        """));
    assertThat(dts).contains("  run(eval__: string | null, eval_: string | null, in_: string | null,"
        + " arguments_: string | null): void;\n");
    assertThat(dts).contains(
        "   * @param eval__ what to run\n   * @param eval_ taken already\n   * @param in_ where\n");
  }

  @Test
  void javadocBecomesJsDoc() {
    String dts = declarationsOf(example("Account", """
        /**
         * A bank account. See {@link #deposit(long)} and {@linkplain Account#getBalance() the balance}.
         *
         * <p>Amounts are in cents &amp; never {@code < 0}.
         *
         * @author someone
         * @since 1.2
         */
        @JsExposed
        public class Account {
          /** Opens an account. @param owner ignored inline */
          public Account(String owner) {}

          /**
           * The balance.
           *
           * @return cents
           */
          @JsProperty public long getBalance() { return 0; }

          /** @return whether it is closed */
          @JsProperty public boolean isClosed() { return false; }

          /**
           * Adds money.
           *
           * @param cents how much; {@code > 0}
           * @return the new balance
           * @throws IllegalArgumentException when {@code cents <= 0}
           * @throws java.lang.IndexOutOfBoundsException never
           * @throws IllegalStateException when closed
           * @deprecated use {@link #add}
           */
          @Deprecated
          public long deposit(long cents) { return 0; }

          /** Nothing to see. @return nothing */ // not a block tag: those start a line
          public void close() {}

          /** A comment that must not end early: *&#47; */
          public void tricky() {}
        }
        """));
    assertThat(dts).contains("""
        /**
         * A bank account. See `deposit(long)` and the balance.
         *
         * Amounts are in cents & never `< 0`.
         * @since 1.2
         */
        declare class Account {
          /** Opens an account. @param owner ignored inline */
          constructor(owner: string | null);
          /** The balance. */
          get balance(): number;
          /** whether it is closed */
          get closed(): boolean;
          /** Nothing to see. @return nothing */
          close(): void;
          /**
           * Adds money.
           * @param cents how much; `> 0`
           * @returns the new balance
           * @throws {TypeError} when `cents <= 0`
           * @throws {RangeError} never
           * @throws {Error} when closed
           * @deprecated use `add`
           */
          deposit(cents: number): number;
          /** A comment that must not end early: *\\/ */
          tricky(): void;
          /** What JSON.stringify sees: a frozen snapshot of the readable properties. */
          toJSON(): { readonly balance: number; readonly closed: boolean; };
        }
        """);
  }

  @Test
  void aClassWithItsOwnToJsonAndItsSubclassesKeepIt() {
    String dts = declarationsOf(
        example("Custom", """
            @JsExposed
            public class Custom {
              public Custom() {}
              public String toJSON(@JsOptional String key) { return ""; }
            }
            """),
        example("Child", """
            @JsExposed
            public class Child extends Custom {
              public Child() {}
              public int more() { return 1; }
            }
            """));
    assertThat(dts).contains("declare class Custom {\n  constructor();\n  toJSON(key?: string | null): string | null;\n}");
    assertThat(dts).contains("declare class Child extends Custom {\n  constructor();\n  more(): number;\n}");
    assertThat(dts).doesNotContain("frozen snapshot");
  }

  @Test
  void classesWithoutAJavaScriptConstructorHaveAProtectedOne() {
    String dts = declarationsOf(example("Token", """
        @JsExposed
        public class Token {
          private Token() {}
        }
        """));
    assertThat(dts).contains("""
        declare class Token {
          /** Scripts cannot create a Token: `new Token()` throws a TypeError. */
          protected constructor();
          /** What JSON.stringify sees: a frozen snapshot of the readable properties. */
          toJSON(): {};
        }
        """);
  }

  @Test
  void classesAreDeclaredInOrderOfTheirJavaScriptNames() {
    JavaFileObject zebra = example("Zebra", "@JsExposed(name = \"Animal\") public class Zebra {}\n");
    JavaFileObject aardvark = example("Aardvark", "@JsExposed(name = \"Burrower\") public class Aardvark {}\n");
    String dts = declarationsOf(aardvark, zebra);
    assertThat(dts.indexOf("declare class Animal")).isLessThan(dts.indexOf("declare class Burrower"));
    assertThat(declarationsOf(zebra, aardvark)).isEqualTo(dts);
  }

  @Test
  void twoClassesWithOneJavaScriptNameAreAnError() {
    JavaFileObject first = Compilations.source("com.a.Task", """
        package com.a;
        @dev.jsbind.annotations.JsExposed public class Task {}
        """);
    JavaFileObject second = Compilations.source("com.b.Task", """
        package com.b;
        @dev.jsbind.annotations.JsExposed public class Task {}
        """);
    Compilation compilation = Compilations.compileWithApi(List.of(), first, second);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.duplicate-class-name] class com.b.Task has the JavaScript name 'Task',"
            + " and so has class com.a.Task. Installed in one runtime, one global would replace the other,"
            + " and jsbind.d.ts cannot declare both. Rename one with @JsExposed(name = \"...\").")
        .inFile(second).onLineContaining("class Task");
    assertThat(compilation.errors()).hasSize(1);
  }

  @Test
  void aCompilationWithErrorsWritesNoDescription(@TempDir Path output) {
    List<String> errors = Compilations.processWithApiInto(output, List.of(),
        example("Good", "@JsExposed public class Good {}\n"),
        example("Bad", "@JsExposed public class Bad { public void take(Object o) {} }\n"));
    assertThat(errors).hasSize(1);
    assertThat(output.resolve("sources/com/example/Good_JsBinding.java").toFile().exists()).isTrue();
    assertThat(output.resolve("classes/" + ApiFiles.DECLARATIONS).toFile().exists()).isFalse();
    assertThat(output.resolve("classes/" + ApiFiles.EXPOSURE_REPORT).toFile().exists()).isFalse();
  }
}
