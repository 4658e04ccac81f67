package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jsbind.processor.Compilations.compile;
import static dev.jsbind.processor.Compilations.example;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.jsbind.annotations.JsExposed;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems with the exposed class itself and its constructors, each reported on the exact element. */
class ClassDiagnosticsTest {
  @TempDir Path generated;

  @Test
  void classNotPublic() {
    JavaFileObject file = example("Hidden", """
        @JsExposed
        class Hidden {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.class-not-public] class com.example.Hidden is not public")
        .inFile(file).onLineContaining("class Hidden");
    assertThat(compilation).hadErrorContaining("Make it public.");
  }

  @Test
  void enclosingClassNotPublic() {
    JavaFileObject file = example("Outer", """
        class Outer {
          @JsExposed
          public static class Inner {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.class-not-public] Enclosing class com.example.Outer is not public,"
            + " so the generated binding and the runtime cannot reach Inner. Make Outer public.")
        .inFile(file).onLineContaining("class Inner");
  }

  @Test
  void innerClass() {
    JavaFileObject file = example("Outer", """
        public class Outer {
          @JsExposed
          public class Inner {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.inner-class] class com.example.Outer.Inner is an inner (non-static)"
            + " class; JavaScript cannot create or pass it without an enclosing instance. Make it static.")
        .inFile(file).onLineContaining("public class Inner");
  }

  @Test
  void notAClass() {
    JavaFileObject file = example("Point", """
        @JsExposed
        public record Point(int x, int y) {}
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.not-a-class] @JsExposed applies to classes and interfaces only, but"
            + " com.example.Point is a record.")
        .inFile(file).onLineContaining("record Point");
  }

  @Test
  void annotationTypeIsNotAClass() {
    JavaFileObject file = example("Marker", """
        @JsExposed
        public @interface Marker {}
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.not-a-class] @JsExposed applies to classes and interfaces only, but"
            + " com.example.Marker is an annotation type.")
        .inFile(file).onLineContaining("@interface Marker");
  }

  @Test
  void enumIsNotAClass() {
    JavaFileObject file = example("Color", """
        @JsExposed
        public enum Color { RED }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.not-a-class] @JsExposed applies to classes and interfaces only, but"
            + " com.example.Color is an enum.")
        .inFile(file).onLineContaining("enum Color");
  }

  @Test
  void genericClass() {
    JavaFileObject file = example("Box", """
        @JsExposed
        public class Box<T> {
          public T get() { return null; }
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.type-variable] class com.example.Box uses type variables (T)")
        .inFile(file).onLineContaining("class Box");
    assertThat(compilation).hadErrorContaining("Expose a non-generic subclass");
    // Members are not judged on top of that: T in get() would only repeat the same problem.
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void invalidClassName() {
    JavaFileObject file = example("Widget", """
        @JsExposed(name = "my-widget")
        public class Widget {}
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.invalid-name] class com.example.Widget would have the JavaScript name"
            + " 'my-widget', which is not a JavaScript identifier")
        .inFile(file).onLineContaining("class Widget");
  }

  @Test
  void runtimeMissingFromTheClasspathIsOneClearError() throws Exception {
    File annotationsOnly = new File(JsExposed.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    JavaFileObject first = example("First", "@JsExposed public class First {}\n");
    JavaFileObject second = example("Second", "@JsExposed public class Second {}\n");
    Compilation compilation = Compiler.javac()
        .withProcessors(new JsBindProcessor())
        .withClasspath(List.of(annotationsOnly))
        .compile(first, second);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.runtime-missing] class com.example.First gets no binding: bindings extend"
            + " dev.jsbind.runtime.binding.JsBinding, which is not on the compile classpath. Add the dependency"
            + " dev.jsbind:jsbind-runtime to this module")
        .inFile(first).onLineContaining("class First");
    assertThat(compilation).hadErrorCount(1);
  }

  /** The glue declares `F` (its frame) and numbered names (`m0`) around each class it defines. */
  @Test
  void classNamedLikeTheGluesOwnNames() {
    JavaFileObject frame = example("F", """
        @JsExposed
        public class F {}
        """);
    JavaFileObject numbered = example("Native", """
        @JsExposed(name = "m0")
        public class Native {}
        """);
    Compilation compilation = compile(frame, numbered);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.invalid-name] class com.example.F would have the JavaScript name 'F', which"
            + " is a name jsbind's generated JavaScript uses for itself around each class.")
        .inFile(frame).onLineContaining("class F");
    assertThat(compilation)
        .hadErrorContaining("would have the JavaScript name 'm0', which is a name jsbind's generated JavaScript")
        .inFile(numbered).onLineContaining("class Native");
  }

  /** `class function {…}` is a JavaScript syntax error, and so is a declaration of it. */
  @Test
  void javaClassNamedLikeAReservedWord() {
    JavaFileObject file = example("function", """
        @JsExposed
        public class function {}
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.invalid-name] class com.example.function would have the JavaScript name"
            + " 'function', which is a JavaScript reserved word. Choose another name with"
            + " @JsExposed(name = \"...\").")
        .inFile(file).onLineContaining("class function");
  }

  @Test
  void abstractConstructor() {
    JavaFileObject file = example("Shape", """
        @JsExposed
        public abstract class Shape {
          @JsConstructor public Shape() {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.abstract-constructor] constructor Shape() is annotated with"
            + " @JsConstructor, but Shape is abstract")
        .inFile(file).onLineContaining("public Shape()");
  }

  @Test
  void constructorParameterWithUnsupportedType() {
    JavaFileObject file = example("Bag", """
        @JsExposed
        public class Bag {
          public Bag(
              java.util.Queue<String> items) {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.unsupported-type] parameter 'items' of constructor Bag(java.util.Queue"
            + "<java.lang.String>) has type java.util.Queue<java.lang.String>")
        .inFile(file).onLineContaining("Queue<String> items");
  }

  @Test
  void notExposed() {
    JavaFileObject file = example("Plain", """
        public final class Plain {
          @JsMethod(name = "go") @JsIgnore
          public void run() {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.not-exposed] method Plain.run() is annotated with @JsMethod and"
            + " @JsIgnore, but Plain is not annotated with @JsExposed")
        .inFile(file).onLineContaining("public void run()");
    assertThat(compilation).hadErrorContaining("Add @JsExposed to Plain");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void notExposedConstructorAnnotationInAnExtensibleClass() {
    JavaFileObject file = example("Base", """
        public class Base {
          @JsConstructor
          public Base() {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.not-exposed] constructor Base() is annotated with @JsConstructor")
        .inFile(file).onLineContaining("public Base()");
  }

  @Test
  void memberAnnotationsInAnExtensibleBaseClassApplyToExposedSubclasses() {
    JavaFileObject base = example("Base", """
        public class Base {
          @JsIgnore public java.util.List<String> items() { return null; }
          @JsMethod(name = "run") public void go() {}
        }
        """);
    JavaFileObject sub = example("Sub", """
        @JsExposed
        public class Sub extends Base {}
        """);
    Compilation compilation = compile(base, sub);
    assertThat(compilation).succeeded();
    assertThat(BindingMembers.of(Compilations.generatedSource(compilation, "com.example.Sub_JsBinding")))
        .contains("M run VOID -> self.go(); return null;");
  }

  @Test
  void classWithErrorsGetsNoBindingButOtherClassesDo() {
    JavaFileObject broken = example("Broken", """
        @JsExposed
        public class Broken {
          public void take(Object anything) {}
        }
        """);
    JavaFileObject clean = example("Clean", """
        @JsExposed
        public class Clean {
          public int size() { return 0; }
        }
        """);
    assertThat(compile(broken, clean)).hadErrorContaining("[jsbind.unsupported-type]").inFile(broken)
        .onLineContaining("Object anything");

    List<String> errors = Compilations.processInto(generated, new JsBindProcessor(), broken, clean);
    assertThat(errors).hasSize(1);
    assertThat(Files.exists(generated.resolve("com/example/Broken_JsBinding.java"))).isFalse();
    assertThat(Files.exists(generated.resolve("com/example/Clean_JsBinding.java"))).isTrue();
  }

  /** Stands in for any bug: an exception thrown while generating one class. */
  @Test
  void internalErrorIsReportedOnTheClassAndOthersStillGenerate() {
    JavaFileObject crashing = example("Crashing", """
        @JsExposed
        public class Crashing {}
        """);
    JavaFileObject fine = example("Fine", """
        @JsExposed
        public class Fine {}
        """);
    Compilation compilation = Compiler.javac().withProcessors(crashingOn("Crashing")).compile(crashing, fine);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.internal-error] jsbind failed unexpectedly while processing"
            + " com.example.Crashing. This is a bug in jsbind; please report it")
        .inFile(crashing).onLineContaining("class Crashing");
    assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: writer exploded");

    Compilations.processInto(generated, crashingOn("Crashing"), crashing, fine);
    assertThat(Files.exists(generated.resolve("com/example/Fine_JsBinding.java"))).isTrue();
  }

  /** A processor whose writer throws for the class with JavaScript name {@code jsName}. */
  private static JsBindProcessor crashingOn(String jsName) {
    BindingWriter realWriter = new BindingWriter();
    return new JsBindProcessor(model -> {
      if (model.jsName().equals(jsName)) {
        throw new IllegalStateException("writer exploded");
      }
      return realWriter.write(model);
    });
  }
}
