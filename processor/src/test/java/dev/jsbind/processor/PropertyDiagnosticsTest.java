package dev.jsbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jsbind.processor.Compilations.compile;
import static dev.jsbind.processor.Compilations.example;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Problems with properties, each reported on the exact element. */
class PropertyDiagnosticsTest {

  @Test
  void notAnAccessor() {
    JavaFileObject file = example("Gauge", """
        @JsExposed
        public class Gauge {
          @JsProperty public int level(int scale) { return 0; }
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.not-an-accessor] method Gauge.level(int) is annotated with @JsProperty but"
            + " is neither a getter")
        .inFile(file).onLineContaining("int level(int scale)");
    assertThat(compilation).hadErrorContaining("or use @JsMethod to expose it as a method");
  }

  @Test
  void isGetterMustReturnBoolean() {
    JavaFileObject file = example("Gauge", """
        @JsExposed
        public class Gauge {
          @JsProperty public int isFull() { return 0; }
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.not-an-accessor] method Gauge.isFull()")
        .inFile(file).onLineContaining("int isFull()");
  }

  @Test
  void staticAccessorMethodIsNotAnAccessorButAStaticFieldIsAProperty() {
    JavaFileObject file = example("Gauge", """
        @JsExposed
        public class Gauge {
          @JsProperty public static int getMax() { return 0; }
          @JsProperty(name = "minimum") public static int MIN = 0;
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.not-an-accessor] method Gauge.getMax() is annotated with @JsProperty but"
            + " is static. Static accessor methods are not supported; remove @JsProperty")
        .inFile(file).onLineContaining("int getMax()");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void staticFieldProblemsAreReportedOnTheField() {
    JavaFileObject file = example("Gauge", """
        @JsExposed
        public class Gauge {
          public static java.util.Queue<String> NAMES = null;
          public static int name;
          public static Gauge of() { return null; }
          @JsProperty(name = "of") public static int OF = 1;
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.unsupported-type] field Gauge.NAMES has type java.util.Queue<java.lang.String>")
        .inFile(file).onLineContaining("NAMES");
    assertThat(compilation)
        .hadErrorContaining("[jsbind.invalid-name] field Gauge.name would have the JavaScript name 'name', which"
            + " is reserved: every JavaScript function already has it")
        .inFile(file).onLineContaining("int name;");
    assertThat(compilation)
        .hadErrorContaining("[jsbind.duplicate-name] field Gauge.OF and method Gauge.of() both have the"
            + " JavaScript name 'of' among the static members")
        .inFile(file).onLineContaining("int OF");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void setterWithoutGetter() {
    JavaFileObject file = example("Gauge", """
        @JsExposed
        public class Gauge {
          public int getLevel() { return 0; }
          @JsProperty public void setLevel(int level) {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.setter-without-getter] method Gauge.setLevel(int) is a @JsProperty"
            + " setter of property 'level', which has no getter")
        .inFile(file).onLineContaining("void setLevel(int level)");
    assertThat(compilation).hadErrorContaining("Annotate the matching getter with @JsProperty");
  }

  @Test
  void propertyTypeMismatch() {
    JavaFileObject file = example("Gauge", """
        @JsExposed
        public class Gauge {
          @JsProperty public int getLevel() { return 0; }
          @JsProperty public void setLevel(long level) {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.property-type-mismatch] method Gauge.setLevel(long) takes long, but"
            + " property 'level' has type int (from method Gauge.getLevel())")
        .inFile(file).onLineContaining("void setLevel(long level)");
  }

  @Test
  void twoGettersForOneName() {
    JavaFileObject file = example("Gauge", """
        @JsExposed
        public class Gauge {
          public int level;
          @JsProperty public int getLevel() { return 0; }
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.duplicate-name] method Gauge.getLevel() and field Gauge.level both have the"
            + " JavaScript name 'level' on the prototype")
        .inFile(file).onLineContaining("int getLevel()");
  }

  @Test
  void invalidPropertyName() {
    JavaFileObject file = example("Gauge", """
        @JsExposed
        public class Gauge {
          @JsProperty(name = "1st") public int first;
          @JsProperty public Gauge getConstructor() { return this; }
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.invalid-name] field Gauge.first would have the JavaScript name '1st',"
            + " which is not a JavaScript identifier")
        .inFile(file).onLineContaining("int first");
    assertThat(compilation)
        .hadErrorContaining("[jsbind.invalid-name] method Gauge.getConstructor() would have the JavaScript name"
            + " 'constructor', which is reserved")
        .inFile(file).onLineContaining("getConstructor()");
  }

  @Test
  void nonPublicFieldWithJsProperty() {
    JavaFileObject file = example("Gauge", """
        @JsExposed
        public class Gauge {
          @JsProperty int level;
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.member-not-public] field Gauge.level is annotated with @JsProperty")
        .inFile(file).onLineContaining("int level");
  }
}
