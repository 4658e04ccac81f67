package dev.jsbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jsbind.processor.Compilations.compile;
import static dev.jsbind.processor.Compilations.example;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Functional interfaces, futures and iterables that cannot cross, each reported on the exact element. */
class FunctionDiagnosticsTest {

  @Test
  void rawType() {
    JavaFileObject file = example("Jobs", """
        @JsExposed
        public class Jobs {
          public void run(int times,
              java.util.function.Function mapper) {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.raw-type] parameter 'mapper' of method Jobs.run(int,"
            + " java.util.function.Function) has the raw type java.util.function.Function, so what JavaScript"
            + " passes or gets cannot be checked. Add its type arguments (Function<T, R>).")
        .inFile(file).onLineContaining("Function mapper");
  }

  @Test
  void unboundedWildcard() {
    JavaFileObject file = example("Jobs", """
        @JsExposed
        public class Jobs {
          public java.util.concurrent.CompletableFuture<?> start() { return null; }
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.unbounded-wildcard] method Jobs.start() has type"
            + " java.util.concurrent.CompletableFuture<?>, whose unbounded wildcard '?' says nothing about the"
            + " values that cross to JavaScript.")
        .inFile(file).onLineContaining("start()");
  }

  @Test
  void genericFunctionMethod() {
    JavaFileObject file = example("Jobs", """
        @JsExposed
        public class Jobs {
          @FunctionalInterface
          public interface Identity {
            <T> T same(T value);
          }

          public void use(Identity identity) {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.generic-function-method] parameter 'identity' of method"
            + " Jobs.use(com.example.Jobs.Identity) has type com.example.Jobs.Identity, whose method same is"
            + " generic (T), so a JavaScript function cannot implement it.")
        .inFile(file).onLineContaining("Identity identity");
  }

  @Test
  void notFunctional() {
    JavaFileObject file = example("Jobs", """
        @JsExposed
        public class Jobs {
          public interface Listener {
            void heard(String what);
          }

          public void listen(Listener listener) {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.not-functional] parameter 'listener' of method"
            + " Jobs.listen(com.example.Jobs.Listener) has type com.example.Jobs.Listener, an interface with one"
            + " abstract method but no @FunctionalInterface. Annotate Listener with @FunctionalInterface")
        .inFile(file).onLineContaining("Listener listener");
  }

  @Test
  void iterablesAndFunctionVarargsAreNotTakenFromJavaScript() {
    JavaFileObject file = example("Jobs", """
        @JsExposed
        public class Jobs {
          public void addAll(Iterable<String> names) {}

          public void runAll(Runnable... tasks) {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.unsupported-type] parameter 'names' of method Jobs.addAll(java.lang.Iterable<"
            + "java.lang.String>) has type java.lang.Iterable<java.lang.String>, which cannot cross to JavaScript:"
            + " an Iterable or Iterator can only be returned to JavaScript (by a method), not taken from it.")
        .inFile(file).onLineContaining("Iterable<String> names");
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.unsupported-type] parameter 'tasks' of method Jobs.runAll(java.lang.Runnable...)"
            + " has type java.lang.Runnable[], which cannot cross to JavaScript: varargs of functions or futures are"
            + " not supported.")
        .inFile(file).onLineContaining("Runnable... tasks");
  }

  @Test
  void wildcardsStandForTheirBounds() {
    // The bound is what is checked: Number is not a supported type, Integer is.
    JavaFileObject file = example("Jobs", """
        @JsExposed
        public class Jobs {
          public int sum(java.util.function.Function<? super Integer, ? extends Number> f) { return 0; }
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("? extends java.lang.Number>) has type java.lang.Number, which cannot cross to"
            + " JavaScript: Number is neither an enum nor annotated with @JsExposed");
  }
}
