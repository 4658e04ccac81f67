package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.jsbind.processor.Compilations.example;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Which members end up in a binding, and under which names. */
class MemberSelectionTest {

  private static String bindingOf(String simpleName, JavaFileObject... sources) {
    Compilation compilation = Compilations.compile(sources);
    CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
    return Compilations.generatedSource(compilation, "com.example." + simpleName + "_JsBinding");
  }

  @Test
  void onlyPublicConstructorIsUsedWithoutJsConstructor() {
    String binding = bindingOf("Point", example("Point", """
        @JsExposed
        public class Point {
          public Point(int x) {}
          Point() {}
          @JsIgnore public Point(String s) {}
        }
        """));
    assertThat(BindingMembers.of(binding)).contains("C new VOID =INT:x -> return new Point(args.intAt(0));");
  }

  @Test
  void everyPublicConstructorIsOneOverloadedConstructor() {
    String binding = bindingOf("Point", example("Point", """
        @JsExposed
        public class Point {
          public Point(int x, int y) {}
          public Point() {}
          Point(boolean hidden) {}
          @JsIgnore public Point(String ignored) {}
          public Point(Point other) {}
        }
        """));
    assertThat(BindingMembers.of(binding)).startsWith("""
        C new VOID -> return new Point();
        C new VOID =JsType.object(Point.class):other -> return new Point(args.objectAt(0, Point.class));
        C new VOID =INT:x =INT:y -> return new Point(args.intAt(0), args.intAt(1));
        """);
    assertThat(binding).doesNotContain("stringAt");
    assertThat(binding).doesNotContain("booleanAt");
  }

  @Test
  void jsConstructorPicksTheConstructorsJavaScriptGets() {
    String binding = bindingOf("Point", example("Point", """
        @JsExposed
        public class Point {
          @JsConstructor public Point(int x, int y) {}
          @JsConstructor public Point(String spec) {}
          public Point() {}
        }
        """));
    assertThat(binding).contains("new Point(args.intAt(0), args.intAt(1))");
    assertThat(binding).contains("new Point(args.stringAt(0))");
    assertThat(binding).doesNotContain("new Point()");
  }

  @Test
  void noPublicConstructorMeansNoJavaScriptConstructor() {
    String binding = bindingOf("Token", example("Token", """
        @JsExposed
        public class Token {
          private Token() {}
          public static Token create() { return new Token(); }
        }
        """));
    assertThat(BindingMembers.of(binding)).doesNotContain("C new");
    assertThat(BindingMembers.of(binding)).contains("S create JsType.object(Token.class) -> return Token.create();");
  }

  @Test
  void beanNamesFollowJavaBeans() {
    String binding = bindingOf("Page", example("Page", """
        @JsExposed
        public class Page {
          @JsProperty public String getURL() { return ""; }
          @JsProperty public String getUrlPath() { return ""; }
          @JsProperty public Boolean isLoaded() { return true; }
          @JsProperty(name = "title") public String getHeading() { return ""; }
          @JsProperty(name = "title") public void setHeading(String heading) {}
          @JsProperty(name = "size") public int count;
        }
        """));
    String members = BindingMembers.of(binding);
    // Read-only properties have no W line after their G line.
    assertThat(members).contains("G URL STRING -> return self.getURL();\nG ");
    assertThat(members).contains("G urlPath STRING -> return self.getUrlPath();\n");
    assertThat(members).doesNotContain("W urlPath");
    assertThat(members).contains("G loaded BOXED_BOOLEAN -> return self.isLoaded();\nG ");
    assertThat(members).contains("G title STRING -> return self.getHeading();\n"
        + "W title STRING -> self.setHeading(args.stringAt(0)); return null;");
    assertThat(members).contains("G size INT -> return self.count;\n"
        + "W size INT -> self.count = args.intAt(0); return null;");
  }

  @Test
  void objectMethodsAreHiddenExceptToStringAndExplicitJsMethod() {
    String binding = bindingOf("Key", example("Key", """
        @JsExposed
        public class Key {
          @Override public boolean equals(Object other) { return false; }
          @JsMethod(name = "hash") @Override public int hashCode() { return 0; }
          @Override public String toString() { return ""; }
        }
        """));
    assertThat(binding).doesNotContain("equals");
    assertThat(BindingMembers.of(binding)).contains("M hash INT -> return self.hashCode();");
    assertThat(BindingMembers.of(binding)).contains("M toString STRING -> return self.toString();");
  }

  @Test
  void toStringIsNotExposedUnlessDeclared() {
    String binding = bindingOf("Plain", example("Plain", """
        @JsExposed
        public class Plain {}
        """));
    assertThat(binding).doesNotContain("toString");
    assertThat(BindingMembers.of(binding)).isEqualTo("C new VOID -> return new Plain();\n");
  }

  @Test
  void staticFieldsArePropertiesOfTheConstructorAndInterfaceDefaultsAreNotExposed() {
    String binding = bindingOf("Limits", example("Limits", """
        @JsExposed
        public class Limits implements Comparable<Limits> {
          public static int MAX = 3;
          public static final String NAME = "limits";
          public static final long HUGE = Long.MAX_VALUE;
          public static final Integer BOXED = 1;
          @JsProperty(name = "renamed") public static int hits;
          @JsIgnore public static int hidden;
          static int packagePrivate;
          @Override public int compareTo(Limits other) { return 0; }
        }
        """));
    String members = BindingMembers.of(binding);
    assertThat(members).contains("g MAX INT -> return Limits.MAX;\nw MAX INT -> Limits.MAX = args.intAt(0); return null;");
    assertThat(members).contains("K NAME STRING -> return Limits.NAME;");
    // A long beyond 2^53 and a boxed value are not constants JavaScript could hold: read-only properties.
    assertThat(members).contains("g HUGE LONG -> return Limits.HUGE;\ng MAX");
    assertThat(members).contains("g BOXED BOXED_INT -> return Limits.BOXED;\ng HUGE");
    assertThat(members).contains("g renamed INT -> return Limits.hits;\nw renamed INT");
    assertThat(binding).doesNotContain("hidden");
    assertThat(binding).doesNotContain("packagePrivate");
    assertThat(members).contains("M compareTo INT =JsType.object(Limits.class):other"
        + " -> return self.compareTo(args.objectAt(0, Limits.class));");
  }

  @Test
  void ignoredOverrideHidesTheInheritedMethodAndSubclassFieldsHideInheritedOnes() {
    JavaFileObject base = example("Base", """
        public class Base {
          public String tag;
          public int size;
          public java.util.List<String> items() { return null; }
        }
        """);
    String binding = bindingOf("Derived", base, example("Derived", """
        @JsExposed
        public class Derived extends Base {
          private long size;
          @JsIgnore @Override public java.util.List<String> items() { return null; }
        }
        """));
    assertThat(binding).doesNotContain("items");
    assertThat(binding).doesNotContain("size");
    assertThat(BindingMembers.of(binding)).contains("G tag STRING -> return self.tag;");
  }

  @Test
  void staticVoidMethodReturnsNull() {
    String binding = bindingOf("Log", example("Log", """
        @JsExposed
        public class Log {
          public static void write(String line) {}
        }
        """));
    assertThat(BindingMembers.of(binding)).contains("S write VOID =STRING:line -> Log.write(args.stringAt(0)); return null;");
  }
}
