package dev.jsbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jsbind.processor.Compilations.compile;
import static dev.jsbind.processor.Compilations.example;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Problems with methods, fields and their types, each reported on the exact element. */
class MemberDiagnosticsTest {

  @Test
  void memberNotPublic() {
    JavaFileObject file = example("Door", """
        @JsExposed
        public class Door {
          @JsMethod
          void open() {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.member-not-public] method Door.open() is annotated with @JsMethod but is"
            + " not public, so JavaScript could never reach it. Make it public or remove the annotation.")
        .inFile(file).onLineContaining("void open()");
  }

  @Test
  void functionsCannotBeInsideCopiesNorCopiesInsideFunctions() {
    JavaFileObject file = example("Mixer", """
        @JsExposed
        public class Mixer {
          public void runAll(java.util.List<Runnable> tasks) {}
          public java.util.concurrent.CompletableFuture<int[]> numbers() { return null; }
          public void each(java.util.function.Consumer<java.util.List<String>> sink) {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.unsupported-type] parameter 'tasks' of method Mixer.runAll("
            + "java.util.List<java.lang.Runnable>) has type java.lang.Runnable, which cannot cross to JavaScript:"
            + " functions, futures and iterables cannot be inside an array, collection, Optional or @JsValue"
            + " object, which cross as copies.")
        .inFile(file).onLineContaining("List<Runnable> tasks");
    assertThat(compilation)
        .hadErrorContaining("method Mixer.numbers() has type int[], which cannot cross to JavaScript: arrays,"
            + " collections, Optional and @JsValue objects cannot be the parameters or results of functions,"
            + " the values of futures or the elements of iterables.")
        .inFile(file).onLineContaining("numbers()");
    assertThat(compilation)
        .hadErrorContaining("has type java.util.List<java.lang.String>, which cannot cross to JavaScript: arrays,")
        .inFile(file).onLineContaining("Consumer<java.util.List<String>> sink");
  }

  @Test
  void unsupportedParameterType() {
    JavaFileObject file = example("Bag", """
        @JsExposed
        public class Bag {
          public void addAll(int count,
              java.util.Queue<String> items) {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.unsupported-type] parameter 'items' of method Bag.addAll(int,"
            + " java.util.Queue<java.lang.String>) has type java.util.Queue<java.lang.String>, which cannot"
            + " cross to JavaScript: generic types other than List, Set, Map<String, V>, Optional, functional"
            + " interfaces, futures, Iterable and Iterator are not supported. Supported types:")
        .inFile(file).onLineContaining("Queue<String> items");
    assertThat(compilation).hadErrorContaining("add @JsIgnore to leave the member out");
  }

  @Test
  void unsupportedReturnTypeIsReportedOnTheMethod() {
    JavaFileObject file = example("Bag", """
        @JsExposed
        public class Bag {
          public Thread[] toArray() { return null; }
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.unsupported-type] method Bag.toArray() has type java.lang.Thread, which"
            + " cannot cross to JavaScript: Thread is neither an enum nor annotated with @JsExposed or @JsValue")
        .inFile(file).onLineContaining("toArray()");
  }

  @Test
  void unsupportedFieldType() {
    JavaFileObject file = example("Bag", """
        @JsExposed
        public class Bag {
          public Object contents;
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.unsupported-type] field Bag.contents has type java.lang.Object")
        .inFile(file).onLineContaining("Object contents");
  }

  @Test
  void nonPublicEnumIsUnsupported() {
    JavaFileObject file = example("Lamp", """
        @JsExposed
        public class Lamp {
          enum Mode { ON, OFF }
          public void set(Mode mode) {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("has type com.example.Lamp.Mode, which cannot cross to JavaScript: Mode is not public")
        .inFile(file).onLineContaining("Mode mode");
  }

  @Test
  void classWithoutJsExposedIsUnsupported() {
    JavaFileObject file = example("Lamp", """
        @JsExposed
        public class Lamp {
          public static class Bulb {}
          public Bulb bulb() { return null; }
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("Bulb is neither an enum nor annotated with @JsExposed")
        .inFile(file).onLineContaining("Bulb bulb()");
  }

  @Test
  void inheritedMemberIsReportedOnTheExposedClassNamingTheMember() {
    JavaFileObject base = example("Base", """
        public class Base {
          public java.util.Queue<String> names() { return null; }
        }
        """);
    JavaFileObject file = example("Derived", """
        @JsExposed
        public class Derived extends Base {}
        """);
    assertThat(compile(base, file))
        .hadErrorContaining("[jsbind.unsupported-type] method Base.names() (inherited by Derived) has type"
            + " java.util.Queue<java.lang.String>")
        .inFile(file).onLineContaining("class Derived");
  }

  @Test
  void methodsAndPropertiesShareOneNamespace() {
    JavaFileObject file = example("Calc", """
        @JsExposed
        public class Calc {
          public int total;
          @JsMethod(name = "total") public int sum() { return 0; }
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.duplicate-name] method Calc.sum() and field Calc.total both have the"
            + " JavaScript name 'total'")
        .inFile(file).onLineContaining("int sum()");
  }

  @Test
  void genericMethod() {
    JavaFileObject file = example("Box", """
        @JsExposed
        public class Box {
          public <T> void put(T value) {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.type-variable] method Box.put(T) uses type variables (T), but JavaScript"
            + " values carry no Java type arguments. Generic methods and constructors cannot be exposed")
        .inFile(file).onLineContaining("void put(T value)");
  }

  @Test
  void typeVariableInheritedThroughRawSuperclassIsUnsupported() {
    JavaFileObject base = example("Holder", """
        public class Holder<T> {
          public java.util.Queue<T> all() { return null; }
        }
        """);
    JavaFileObject file = example("Names", """
        @JsExposed
        public class Names extends Holder<String> {}
        """);
    // Resolved against Holder<String>, the type is Queue<String>: unsupported, but not a type variable.
    assertThat(compile(base, file))
        .hadErrorContaining("[jsbind.unsupported-type] method Holder.all() (inherited by Names) has type"
            + " java.util.Queue<java.lang.String>")
        .inFile(file).onLineContaining("class Names");
  }

  @Test
  void invalidMethodName() {
    JavaFileObject file = example("Job", """
        @JsExposed
        public class Job {
          @JsMethod(name = "delete") public void remove() {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.invalid-name] method Job.remove() would have the JavaScript name 'delete',"
            + " which is a JavaScript reserved word. Choose another name with @JsMethod(name = \"...\").")
        .inFile(file).onLineContaining("void remove()");
  }

  @Test
  void reservedStaticNameAppliesToDefaultNames() {
    JavaFileObject file = example("Job", """
        @JsExposed
        public class Job {
          public static String name() { return ""; }
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.invalid-name] method Job.name() would have the JavaScript name 'name',"
            + " which is reserved: every JavaScript function already has it")
        .inFile(file).onLineContaining("String name()");
  }

  @Test
  void reservedInstanceName() {
    JavaFileObject file = example("Job", """
        @JsExposed
        public class Job {
          public void constructor() {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.invalid-name] method Job.constructor() would have the JavaScript name"
            + " 'constructor', which is reserved")
        .inFile(file).onLineContaining("void constructor()");
  }

  @Test
  void conflictingAnnotations() {
    JavaFileObject file = example("Job", """
        @JsExposed
        public class Job {
          @JsIgnore @JsMethod(name = "go")
          public void run() {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.conflicting-annotations] method Job.run() is annotated with both @JsIgnore"
            + " and @JsMethod, which contradict each other. Remove one of them.")
        .inFile(file).onLineContaining("void run()");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void conflictingAnnotationsOnConstructor() {
    JavaFileObject file = example("Job", """
        @JsExposed
        public class Job {
          @JsIgnore @JsConstructor
          public Job() {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.conflicting-annotations] constructor Job() is annotated with both"
            + " @JsIgnore and @JsConstructor")
        .inFile(file).onLineContaining("public Job()");
  }
}
