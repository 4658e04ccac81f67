package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jsbind.processor.Compilations.compile;
import static dev.jsbind.processor.Compilations.example;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Overload sets: which ones JavaScript can dispatch, and what the others get. */
class OverloadsTest {

  @Test
  void distinguishableOverloadsAreDeclaredOnePerSignature() {
    JavaFileObject file = example("Calc", """
        @JsExposed
        public class Calc {
          public String add(String x) { return x; }
          public int add(int x) { return x; }
          public int add(int x, int y) { return x + y; }
          public static Calc of(@JsNullable Calc other) { return other; }
          public static Calc of(boolean empty) { return null; }
        }
        """);
    Compilation compilation = Compilations.compileWithApi(List.of(), file);
    assertThat(compilation).succeededWithoutWarnings();
    String binding = Compilations.generatedSource(compilation, "com.example.Calc_JsBinding");
    String members = BindingMembers.of(binding);
    assertThat(members).contains("M add INT =INT:x -> return self.add(args.intAt(0));");
    assertThat(members).contains("M add STRING =STRING:x -> return self.add(args.stringAt(0));");
    assertThat(members).contains("M add INT =INT:x =INT:y -> return self.add(args.intAt(0), args.intAt(1));");
    String dts = Compilations.classOutputText(compilation, ApiFiles.DECLARATIONS);
    assertThat(dts).contains("  add(x: number): number;\n  add(x: string | null): string | null;\n"
        + "  add(x: number, y: number): number;\n");
    assertThat(dts).contains("  static of(empty: boolean): Calc | null;\n  static of(other: Calc | null): Calc | null;\n");
  }

  @Test
  void constructorsAreOneOverloadedConstructor() {
    JavaFileObject file = example("Point", """
        @JsExposed
        public class Point {
          public Point(int x, int y) {}
          public Point(String spec) {}
          public Point(Point other) {}
          public Point() {}
        }
        """);
    Compilation compilation = Compilations.compileWithApi(List.of(), file);
    assertThat(compilation).succeededWithoutWarnings();
    String dts = Compilations.classOutputText(compilation, ApiFiles.DECLARATIONS);
    assertThat(dts).contains("declare class Point {\n  constructor();\n  constructor(other: Point);\n"
        + "  constructor(spec: string | null);\n  constructor(x: number, y: number);\n  /** What JSON.stringify sees: a frozen snapshot of the readable properties. */\n  toJSON(): {};\n}");
  }

  @Test
  void constructorsJavaScriptCannotTellApart() {
    JavaFileObject file = example("Point", """
        @JsExposed
        public class Point {
          public Point(int x) {}
          @JsIgnore public Point(boolean ignored) {}
          public Point(double x) {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.ambiguous-overload] constructor Point(double) and constructor Point(int) are"
            + " overloads of the JavaScript constructor 'Point', but JavaScript cannot tell them apart: both take 1"
            + " argument, and argument 1 takes numbers in both")
        .inFile(file).onLineContaining("public Point(double x)");
    assertThat(compilation).hadErrorContaining("Keep one out of JavaScript with @JsIgnore, or mark those"
        + " JavaScript gets with @JsConstructor.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void optionalParametersOnlyInASingleConstructor() {
    JavaFileObject file = example("Point", """
        @JsExposed
        public class Point {
          public Point(int x, @JsOptional Integer y) {}
          public Point(String spec) {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.ambiguous-overload] constructor Point(java.lang.String) and constructor"
            + " Point(int, java.lang.Integer) are overloads of the JavaScript constructor 'Point', but JavaScript"
            + " cannot tell them apart: overloads cannot have @JsOptional or varargs parameters")
        .inFile(file).onLineContaining("public Point(String spec)");
  }

  @Test
  void aSubclassSetIncludesTheInheritedOverloadsItDoesNotOverride() {
    JavaFileObject base = example("Base", """
        @JsExposed
        public class Base {
          public String f(String s) { return s; }
          public String f(int n) { return ""; }
          public String g(int n) { return ""; }
        }
        """);
    JavaFileObject sub = example("Sub", """
        @JsExposed
        public class Sub extends Base {
          @Override public String f(String s) { return s; }
          public String f(boolean b) { return ""; }
        }
        """);
    Compilation compilation = Compilations.compileWithApi(List.of(), base, sub);
    assertThat(compilation).succeededWithoutWarnings();
    String binding = Compilations.generatedSource(compilation, "com.example.Sub_JsBinding");
    assertThat(BindingMembers.of(binding)).contains("M f STRING =INT:n -> return self.f(args.intAt(0));");
    assertThat(binding).contains("self.f(args.booleanAt(0))");
    assertThat(binding).contains("self.f(args.stringAt(0))");
    assertThat(binding).doesNotContain("\"g\"");
    String dts = Compilations.classOutputText(compilation, ApiFiles.DECLARATIONS);
    assertThat(dts).contains("declare class Sub extends Base {\n  constructor();\n  f(n: number): string | null;\n"
        + "  f(b: boolean): string | null;\n  f(s: string | null): string | null;\n  /** What JSON.stringify sees: a frozen snapshot of the readable properties. */\n  toJSON(): {} & ReturnType<Base[\"toJSON\"]>;\n}");
  }

  @Test
  void anExposedInterfacesOverloadsJoinTheImplementorsSet() {
    JavaFileObject sized = example("Sized", """
        @JsExposed
        public interface Sized {
          int size();
          default boolean fits(Sized other) { return true; }
          default boolean fits(String spec) { return true; }
        }
        """);
    JavaFileObject box = example("Box", """
        @JsExposed
        public class Box implements Sized {
          public int size() { return 1; }
          @Override public boolean fits(String spec) { return false; }
          public boolean fits(int room) { return true; }
        }
        """);
    Compilation compilation = Compilations.compileWithApi(List.of(), sized, box);
    assertThat(compilation).succeededWithoutWarnings();
    String binding = Compilations.generatedSource(compilation, "com.example.Box_JsBinding");
    assertThat(binding).contains("self.fits(args.objectAt(0, Sized.class))");
    assertThat(binding).contains("self.fits(args.stringAt(0))");
    assertThat(binding).contains("self.fits(args.intAt(0))");
    assertThat(("\n" + BindingMembers.of(binding)).split("\nM fits ", -1)).hasLength(4);
  }

  @Test
  void aSubclassOverloadJavaScriptCannotTellFromAnInheritedOne() {
    JavaFileObject base = example("Base", """
        @JsExposed
        public class Base {
          public String f(int n) { return ""; }
        }
        """);
    JavaFileObject sub = example("Sub", """
        @JsExposed
        public class Sub extends Base {
          public String f(double d) { return ""; }
        }
        """);
    assertThat(compile(base, sub))
        .hadErrorContaining("[jsbind.ambiguous-overload] method Sub.f(double) and method Base.f(int) (inherited"
            + " by Sub) are overloads of the JavaScript method 'f'")
        .inFile(sub).onLineContaining("f(double d)");
  }

  @Test
  void numbersAreOneKind() {
    JavaFileObject file = example("Calc", """
        @JsExposed
        public class Calc {
          public int add(int x) { return x; }
          public long add(long x) { return x; }
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.ambiguous-overload] method Calc.add(long) and method Calc.add(int) are"
            + " overloads of the JavaScript method 'add', but JavaScript cannot tell them apart: both take 1"
            + " argument, and argument 1 takes numbers in both")
        .inFile(file).onLineContaining("long add(long x)");
    assertThat(compilation).hadErrorContaining("Rename one with @JsMethod(name = \"...\").");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void enumsAreStrings() {
    JavaFileObject file = example("Calc", """
        @JsExposed
        public class Calc {
          public enum Color { RED }
          public static Calc of(String name) { return null; }
          public static Calc of(Color color) { return null; }
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.ambiguous-overload] method Calc.of(com.example.Calc.Color) and method"
            + " Calc.of(java.lang.String) are overloads of the JavaScript method 'of'")
        .inFile(file).onLineContaining("of(Color color)");
  }

  @Test
  void twoOverloadsAcceptingNullAtEveryPosition() {
    JavaFileObject file = example("Calc", """
        @JsExposed
        public class Calc {
          public void set(Integer n, int x) {}
          public void set(String s, int y) {}
          public void set() {}
          public void set(boolean b) {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.ambiguous-overload] method Calc.set(java.lang.String, int) and method"
            + " Calc.set(java.lang.Integer, int) are overloads of the JavaScript method 'set', but JavaScript"
            + " cannot tell them apart: both take 2 arguments, and argument 1 takes null in both, argument 2"
            + " takes numbers in both")
        .inFile(file).onLineContaining("set(String s, int y)");
  }

  @Test
  void twoExposedClassesAreNotToldApart() {
    JavaFileObject file = example("Calc", """
        @JsExposed
        public class Calc {
          public void use(Calc a) {}
          public void use(Other b) {}
          @JsExposed public static class Other {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.ambiguous-overload] method Calc.use(com.example.Calc.Other) and method"
            + " Calc.use(com.example.Calc)")
        .inFile(file).onLineContaining("use(Other b)");
  }

  @Test
  void noCommonPositionAmongThree() {
    JavaFileObject file = example("Calc", """
        @JsExposed
        public class Calc {
          public void mix(int a, String b) {}
          public void mix(boolean a, String b) {}
          public void mix(int a, boolean b) {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.ambiguous-overload] method Calc.mix(int, boolean) and method"
            + " Calc.mix(int, java.lang.String) are overloads of the JavaScript method 'mix', but JavaScript"
            + " cannot tell them apart: no one argument position has types JavaScript tells apart in all the"
            + " overloads taking 2 arguments")
        .inFile(file).onLineContaining("mix(int a, boolean b)");
  }

  @Test
  void aMethodAndAPropertyStillClash() {
    JavaFileObject file = example("Calc", """
        @JsExposed
        public class Calc {
          public int total;
          public int total(int x) { return x; }
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.duplicate-name] method Calc.total(int) and field Calc.total both have the"
            + " JavaScript name 'total' on the prototype")
        .inFile(file).onLineContaining("int total(int x)");
  }
}
