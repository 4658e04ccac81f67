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
    assertThat(binding).contains("t.constructor(args -> new Point(args.intAt(0)), JsParam.of(\"x\", JsType.INT));");
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
    assertThat(binding).contains("""
            t.constructor(args -> new Point());
            t.constructor(args -> new Point(args.objectAt(0, Point.class)), JsParam.of("other", JsType.object(Point.class)));
            t.constructor(args -> new Point(args.intAt(0), args.intAt(1)), JsParam.of("x", JsType.INT), JsParam.of("y", JsType.INT));
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
    assertThat(binding).doesNotContain("t.constructor");
    assertThat(binding).contains("t.staticMethod(\"create\"");
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
    assertThat(binding).contains("t.property(\"URL\", JsType.STRING, self -> self.getURL(), null);");
    assertThat(binding).contains("t.property(\"urlPath\", JsType.STRING, self -> self.getUrlPath(), null);");
    assertThat(binding).contains("t.property(\"loaded\", JsType.BOXED_BOOLEAN, self -> self.isLoaded(), null);");
    assertThat(binding).contains("t.property(\"title\", JsType.STRING, self -> self.getHeading(),"
        + " (self, value) -> self.setHeading(value.stringAt(0)));");
    assertThat(binding).contains("t.property(\"size\", JsType.INT, self -> self.count,"
        + " (self, value) -> self.count = value.intAt(0));");
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
    assertThat(binding).contains("t.method(\"hash\", JsType.INT, (self, args) -> self.hashCode());");
    assertThat(binding).contains("t.method(\"toString\", JsType.STRING, (self, args) -> self.toString());");
  }

  @Test
  void toStringIsNotExposedUnlessDeclared() {
    String binding = bindingOf("Plain", example("Plain", """
        @JsExposed
        public class Plain {}
        """));
    assertThat(binding).doesNotContain("toString");
    assertThat(binding).contains("t.constructor(args -> new Plain());");
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
    assertThat(binding).contains("t.staticProperty(\"MAX\", JsType.INT, () -> Limits.MAX,"
        + " value -> Limits.MAX = value.intAt(0));");
    assertThat(binding).contains("t.constant(\"NAME\", JsType.STRING, Limits.NAME);");
    assertThat(binding).contains("t.staticProperty(\"HUGE\", JsType.LONG, () -> Limits.HUGE, null);");
    assertThat(binding).contains("t.staticProperty(\"BOXED\", JsType.BOXED_INT, () -> Limits.BOXED, null);");
    assertThat(binding).contains("t.staticProperty(\"renamed\", JsType.INT, () -> Limits.hits,");
    assertThat(binding).doesNotContain("hidden");
    assertThat(binding).doesNotContain("packagePrivate");
    assertThat(binding).contains("t.method(\"compareTo\", JsType.INT,"
        + " (self, args) -> self.compareTo(args.objectAt(0, Limits.class))");
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
    assertThat(binding).contains("t.property(\"tag\", JsType.STRING, self -> self.tag,");
  }

  @Test
  void staticVoidMethodReturnsNull() {
    String binding = bindingOf("Log", example("Log", """
        @JsExposed
        public class Log {
          public static void write(String line) {}
        }
        """));
    assertThat(binding).contains("""
            t.staticMethod("write", JsType.VOID, args -> {
              Log.write(args.stringAt(0));
              return null;
            }, JsParam.of("line", JsType.STRING));
        """);
  }
}
