package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * Gradle's isolating mode ties each generated file to its one originating element; without it,
 * incremental builds would keep stale bindings or miss new ones.
 */
class OriginatingElementTest {

  @Test
  void everyBindingIsTiedToItsExposedClass() {
    Map<String, String> origins = new TreeMap<>();
    assertThat(Compiler.javac()
            .withProcessors(new RecordingProcessor(origins))
            .compile(
                JavaFileObjects.forResource("inputs/com/example/Counter.java"),
                JavaFileObjects.forResource("inputs/com/example/kitchen/KitchenSink.java"),
                JavaFileObjects.forResource("inputs/com/example/kitchen/parts/Color.java")))
        .succeeded();
    assertThat(origins).containsExactly(
        "com.example.Counter_JsBinding", "com.example.Counter",
        "com.example.kitchen.KitchenSink_JsBinding", "com.example.kitchen.KitchenSink",
        "com.example.kitchen.KitchenSink_Tap_JsBinding", "com.example.kitchen.KitchenSink.Tap");
  }

  /** Runs the real processor with a Filer that records the originating elements of each source file. */
  private static final class RecordingProcessor extends AbstractProcessor {
    private final JsBindProcessor delegate = new JsBindProcessor();
    private final Map<String, String> origins;

    RecordingProcessor(Map<String, String> origins) {
      this.origins = origins;
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      Filer filer = proxy(Filer.class, env.getFiler(), (name, args) -> {
        if (name.equals("createSourceFile")) {
          origins.put(args[0].toString(), Stream.of((Element[]) args[1])
              .map(e -> ((TypeElement) e).getQualifiedName().toString())
              .collect(Collectors.joining(",")));
        }
      });
      delegate.init(proxy(ProcessingEnvironment.class, env, (name, args) -> {}, filer));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }
  }

  private interface Listener {
    void called(String method, Object[] args);
  }

  /** A proxy of {@code target} that tells {@code listener} about calls; getFiler() returns {@code filer}. */
  private static <T> T proxy(Class<T> type, T target, Listener listener, Object... filer) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
      listener.called(method.getName(), args);
      if (method.getName().equals("getFiler") && filer.length > 0) {
        return filer[0];
      }
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }));
  }
}
