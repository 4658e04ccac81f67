package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jsbind.processor.Compilations.example;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Classes that mention types another processor has yet to generate wait for a later round. */
class RoundsTest {

  /** Generates {@code com.example.Later}, an exposed class, in its first round. */
  static final class LaterGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile("com.example.Later").openWriter()) {
          writer.write("package com.example;\n@dev.jsbind.annotations.JsExposed\npublic class Later {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void typeGeneratedInALaterRoundIsWaitedFor() {
    JavaFileObject user = example("User", """
        @JsExposed
        public class User {
          public Later next() { return null; }
        }
        """);
    Compilation compilation = Compiler.javac()
        // The generator goes first: jsbind claims its annotations, and javac only asks later
        // processors about unclaimed ones.
        .withProcessors(new LaterGenerator(), new JsBindProcessor())
        .compile(user);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(BindingMembers.of(Compilations.generatedSource(compilation, "com.example.User_JsBinding")))
        .contains("M next JsType.object(Later.class) -> return self.next();");
    assertThat(compilation).generatedSourceFile("com.example.Later_JsBinding").isNotNull();
  }

  @Test
  void theApiDescriptionWaitsForThemToo() {
    JavaFileObject user = example("User", """
        @JsExposed
        public class User {
          public Later next() { return null; }
        }
        """);
    Compilation compilation = Compiler.javac()
        .withProcessors(new LaterGenerator(), new JsApiProcessor(), new JsBindProcessor())
        .compile(user);
    assertThat(compilation).succeededWithoutWarnings();
    String declarations = Compilations.classOutputText(compilation, ApiFiles.DECLARATIONS);
    assertThat(declarations).contains("declare class Later {");
    assertThat(declarations).contains("  next(): Later | null;\n");
  }

  @Test
  void typeThatNeverAppearsIsReportedInTheLastRound() {
    JavaFileObject user = example("User", """
        @JsExposed
        public class User {
          public Missing next() { return null; }
        }
        """);
    Compilation compilation = Compiler.javac().withProcessors(new JsBindProcessor()).compile(user);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.unsupported-type] method User.next() has type Missing, which cannot cross"
            + " to JavaScript: it could not be resolved")
        .inFile(user).onLineContaining("Missing next()");
  }
}
