package com.example.tasks;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsNullable;
import dev.jsbind.annotations.JsProperty;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Scheduling with callbacks, futures and iterables. */
@JsExposed
public class Tasks {
  /** One step of a pipeline. */
  @FunctionalInterface
  public interface Step {
    String run(String input, int attempt);
  }

  private Predicate<String> filter;

  public Tasks() {}

  /** Calls the listener with each finished task's name. */
  public void onDone(Consumer<String> listener) {}

  public int retry(IntUnaryOperator backoff, @JsNullable Runnable onGiveUp) {
    return backoff.applyAsInt(1);
  }

  public int pipe(Step step, Function<? super String, ? extends Integer> length) {
    return length.apply(step.run("in", 1));
  }

  public BiFunction<Integer, Integer, Integer> adder() {
    return (a, b) -> a + b;
  }

  public Supplier<Function<String, Boolean>> matcher() {
    return () -> s -> s.isEmpty();
  }

  public CompletableFuture<String> load(String key) {
    return CompletableFuture.completedFuture(key);
  }

  public CompletionStage<Void> flush() {
    return CompletableFuture.completedFuture(null);
  }

  public void await(CompletableFuture<Integer> ready) {}

  public Iterable<String> names() {
    return null;
  }

  public Iterator<Tasks> subtasks() {
    return null;
  }

  @JsProperty
  public Predicate<String> getFilter() {
    return filter;
  }

  @JsProperty
  public void setFilter(Predicate<String> filter) {
    this.filter = filter;
  }
}
