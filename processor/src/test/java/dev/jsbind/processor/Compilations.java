package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Compiles test sources with the processor; the test classpath supplies annotations and runtime. */
final class Compilations {
  private Compilations() {}

  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new JsBindProcessor()).compile(sources);
  }

  /** Compiles with both processors, in the order META-INF/services lists them, and javac {@code options}. */
  static Compilation compileWithApi(List<String> options, JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new JsApiProcessor(), new JsBindProcessor())
        .withOptions(options)
        .compile(sources);
  }

  /**
   * Compiles as a Java 8 user with both processors and every lint as an error (a user's
   * {@code -Xlint:all -Werror}), so success also proves the generated code is warning-free Java 8.
   */
  static Compilation compileStrictJava8(JavaFileObject... sources) {
    return compileWithApi(List.of("--release", "8", "-Xlint:all", "-Werror"), sources);
  }

  /** The text of a file written to the class output, such as {@code META-INF/jsbind/jsbind.d.ts}. */
  static String classOutputText(Compilation compilation, String path) {
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElse(null);
    assertWithMessage("wrote %s; diagnostics: %s", path, compilation.diagnostics()).that(file).isNotNull();
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    return run(List.of(processor), List.of("-proc:only", "-s", directory.toString()), directory, sources);
  }

  /**
   * Like {@link #processInto}, with both processors and {@code options}: generated sources go to
   * {@code directory}/sources, resources to {@code directory}/classes.
   */
  static List<String> processWithApiInto(Path directory, List<String> options, JavaFileObject... sources) {
    List<String> all = new ArrayList<>(List.of("-proc:only",
        "-s", directory.resolve("sources").toString(), "-d", directory.resolve("classes").toString()));
    all.addAll(options);
    return run(List.of(new JsApiProcessor(), new JsBindProcessor()), all,
        directory.resolve("sources"), sources);
  }

  private static List<String> run(
      List<Processor> processors, List<String> options, Path sourceOutput, JavaFileObject... sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try {
      Files.createDirectories(sourceOutput);
      for (int i = 0; i < options.size() - 1; i++) {
        if (options.get(i).equals("-d")) {
          Files.createDirectories(Path.of(options.get(i + 1)));
        }
      }
      JavaCompiler.CompilationTask task = javac.getTask(null, null, diagnostics, options, null, List.of(sources));
      task.setProcessors(processors);
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
