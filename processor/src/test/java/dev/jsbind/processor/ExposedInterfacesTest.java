package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.jsbind.processor.Compilations.example;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @JsExposed} on an interface: its binding, its declarations, its report lines and its errors. */
class ExposedInterfacesTest {

  private static final JavaFileObject SIZED = example("Sized", """
      /** Anything with a size. */
      @JsExposed
      public interface Sized extends Counted {
        int size();
        default boolean largerThan(Sized other) { return size() > other.size(); }
        @JsProperty default String getLabel() { return "sized"; }
        static int total(Sized a, Sized b) { return a.size() + b.size(); }
        int LIMIT = 10;
      }
      """);
  /** Not exposed: its members are Sized's in JavaScript. */
  private static final JavaFileObject COUNTED = example("Counted", """
      public interface Counted {
        int count();
      }
      """);
  private static final JavaFileObject NAMED = example("Named", """
      @JsExposed
      public interface Named extends Sized {
        String name();
      }
      """);
  /** Implements Sized through a superclass that is not exposed. */
  private static final JavaFileObject BAG = example("Bag", """
      @JsExposed
      public class Bag extends Base {
        public Bag() {}
        public int size() { return 0; }
        public int count() { return 0; }
      }
      """);
  private static final JavaFileObject BASE = example("Base", """
      public abstract class Base implements Named {
        public String name() { return "base"; }
      }
      """);

  private static Compilation compileAll() {
    Compilation compilation = Compilations.compileWithApi(List.of(), SIZED, COUNTED, NAMED, BAG, BASE);
    CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  @Test
  void theBindingDeclaresInstanceStaticAndInheritedNonExposedMembers() {
    String binding = Compilations.generatedSource(compileAll(), "com.example.Sized_JsBinding");
    assertThat(binding).contains("extends JsBinding<Sized>");
    String members = BindingMembers.of(binding);
    assertThat(members).doesNotContain("C new");
    assertThat(members).contains("M size INT -> return self.size();");
    assertThat(members).contains("M count INT -> return self.count();");
    assertThat(members).contains("M largerThan BOOLEAN =JsType.object(Sized.class):other"
        + " -> return self.largerThan(args.objectAt(0, Sized.class));");
    assertThat(members).contains("G label STRING -> return self.getLabel();\nS");
    assertThat(members).contains("S total INT =JsType.object(Sized.class):a =JsType.object(Sized.class):b"
        + " -> return Sized.total(args.objectAt(0, Sized.class), args.objectAt(1, Sized.class));");
    assertThat(members).contains("K LIMIT INT -> return Sized.LIMIT;");
  }

  @Test
  void anExposedSuperinterfaceKeepsItsMembersToItself() {
    String binding = Compilations.generatedSource(compileAll(), "com.example.Named_JsBinding");
    assertThat(BindingMembers.of(binding)).contains("M name STRING -> return self.name();");
    assertThat(binding).doesNotContain("size");
    assertThat(binding).doesNotContain("Sized.total");
  }

  @Test
  void declarationsMergeExposedInterfacesIntoImplementors() {
    String dts = Compilations.classOutputText(compileAll(), ApiFiles.DECLARATIONS);
    assertThat(dts).contains("""
        /** Anything with a size. */
        declare abstract class Sized {
          /**
           * A Java interface: every object whose Java class implements it is an instance (`instanceof`),
           * and has its members. Scripts cannot create a Sized: `new Sized()` throws a TypeError.
           */
          protected constructor();
          get label(): string | null;
          count(): number;
          largerThan(other: Sized): boolean;
          size(): number;
          /** What JSON.stringify sees: a frozen snapshot of the readable properties. */
          toJSON(): { readonly label: string | null; };
          static readonly LIMIT: number;
          static total(a: Sized, b: Sized): number;
        }
        """);
    assertThat(dts).contains("declare abstract class Named {");
    assertThat(dts).contains("}\ninterface Named extends Sized {}\n");
    // Bag implements Named through Base, which is not exposed; Sized comes with Named.
    assertThat(dts).contains("declare class Bag {");
    assertThat(dts).contains("}\ninterface Bag extends Named {}\n");
  }

  @Test
  void theReportHasAKindForInterfaces() {
    String report = Compilations.classOutputText(compileAll(), ApiFiles.EXPOSURE_REPORT);
    assertThat(report).contains("Sized\tinterface\tinterface Sized\tcom.example.Sized\n");
    assertThat(report).contains("Named\tinterface\tinterface Named extends Sized\tcom.example.Named\n");
    assertThat(report).contains("Bag\tclass\tclass Bag implements Named\tcom.example.Bag\n");
    assertThat(report).contains("Sized.total\tstatic method\t(Sized, Sized) => number\t");
    assertThat(report).doesNotContain("Sized\tconstructor");
  }

  @Test
  void anExposedInterfaceIsAParameterType() {
    Compilation compilation = Compilations.compile(SIZED, COUNTED, example("Scale", """
        @JsExposed
        public class Scale {
          public Scale() {}
          public Sized heavier(Sized a, @JsNullable Sized b) { return a; }
        }
        """));
    CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
    assertThat(BindingMembers.of(Compilations.generatedSource(compilation, "com.example.Scale_JsBinding")))
        .contains("=JsType.object(Sized.class):a =JsType.nullableObject(Sized.class):b");
  }

  @Test
  void annotationsOnANonExposedSuperinterfaceAreHonoured() {
    Compilation compilation = Compilations.compile(example("Tally", """
        public interface Tally {
          @JsMethod(name = "tally") int count();
          @JsIgnore Object raw();
        }
        """), example("Scored", """
        @JsExposed
        public interface Scored extends Tally {
          int score();
        }
        """));
    CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
    String binding = Compilations.generatedSource(compilation, "com.example.Scored_JsBinding");
    assertThat(BindingMembers.of(binding)).contains("M tally INT -> return self.count();");
    assertThat(binding).doesNotContain("raw");
  }

  @Test
  void aGenericInterfaceIsATypeVariableError() {
    JavaFileObject file = example("Source", """
        @JsExposed
        public interface Source<T> {
          T next();
        }
        """);
    CompilationSubject.assertThat(Compilations.compile(file))
        .hadErrorContaining("[jsbind.type-variable] interface com.example.Source uses type variables (T)")
        .inFile(file).onLineContaining("interface Source");
  }

  @Test
  void aNonPublicInterfaceIsReported() {
    JavaFileObject file = example("Outer", """
        public class Outer {
          @JsExposed
          interface Hidden {
            int size();
          }
        }
        """);
    CompilationSubject.assertThat(Compilations.compile(file))
        .hadErrorContaining("[jsbind.class-not-public] interface com.example.Outer.Hidden")
        .inFile(file).onLineContaining("interface Hidden");
  }

  @Test
  void anUnsupportedMemberOfAnInterfaceIsReportedOnIt() {
    JavaFileObject file = example("Sink", """
        @JsExposed
        public interface Sink {
          void accept(Object value);
        }
        """);
    CompilationSubject.assertThat(Compilations.compile(file))
        .hadErrorContaining("[jsbind.unsupported-type]")
        .inFile(file).onLineContaining("void accept(Object value);");
  }
}
