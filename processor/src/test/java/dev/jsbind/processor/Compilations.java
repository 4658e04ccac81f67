package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/** Compiles test sources with the processor; the test classpath supplies annotations and runtime. */
final class Compilations {
  private Compilations() {}

  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new JsBindProcessor()).compile(sources);
  }

  /**
   * Compiles as a Java 8 user with warnings as errors, so success also proves the generated code
   * is warning-free Java 8. Every lint is on except "processing", which only says that no
   * processor claimed an annotation (@JsExposed, @Generated): jsbind deliberately claims none.
   */
  static Compilation compileStrictJava8(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new JsBindProcessor())
        .withOptions("--release", "8", "-Xlint:all,-processing", "-Werror")
        .compile(sources);
  }

  /** A source in package com.example that imports all jsbind annotations. */
  static JavaFileObject example(String simpleName, String body) {
    return source("com.example." + simpleName,
        "package com.example;\n\nimport dev.jsbind.annotations.*;\nimport java.util.List;\n\n" + body);
  }

  static JavaFileObject source(String qualifiedName, String code) {
    return JavaFileObjects.forSourceString(qualifiedName, code);
  }

  /** The text of a generated source file; fails the test if it was not generated. */
  static String generatedSource(Compilation compilation, String qualifiedName) {
    JavaFileObject file = compilation.generatedSourceFile(qualifiedName).orElse(null);
    assertWithMessage("generated %s; diagnostics: %s", qualifiedName, compilation.diagnostics())
        .that(file).isNotNull();
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs the processor only, writing generated sources under {@code directory}. Unlike
   * compile-testing, this keeps what was generated when the compilation fails, which is what the
   * tests of "one class's errors don't stop the others" need. Returns the error messages.
   */
  static List<String> processInto(Path directory, Processor processor, JavaFileObject... sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try {
      Files.createDirectories(directory);
      JavaCompiler.CompilationTask task = javac.getTask(null, null, diagnostics,
          List.of("-proc:only", "-s", directory.toString()), null, List.of(sources));
      task.setProcessors(List.of(processor));
      task.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(null))
        .toList();
  }
}
