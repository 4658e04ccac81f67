package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsProperty;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Members sharing function and promise types (each message must name its own member), members
 * whose receiver may be a wrapper of another class, and members Java refuses after the glue kept
 * a script function or promise for them.
 */
@JsExposed
public class Hooks {
  static CompletableFuture<Integer> firstPromise;
  static CompletableFuture<Integer> secondPromise;

  private int level;

  public Hooks() {}

  // ---- the same type in two members ---------------------------------------------------------

  public static boolean first(Predicate<String> check) {
    return check.test("x");
  }

  public static boolean second(Predicate<String> fn) {
    return fn.test("y");
  }

  public static Function<Integer, Integer> twice(Function<Integer, Integer> f, Function<Integer, Integer> g) {
    return x -> g.apply(f.apply(x));
  }

  public static void firstLater(CompletableFuture<Integer> a) {
    firstPromise = a;
  }

  public static void secondLater(CompletableFuture<Integer> b) {
    secondPromise = b;
  }

  // ---- receivers ------------------------------------------------------------------------------

  public int take(int n) {
    return n;
  }

  public int sum(List<Integer> numbers) {
    int s = 0;
    for (int n : numbers) {
      s += n;
    }
    return s;
  }

  public int pick(int n) {
    return n;
  }

  public String pick(String s) {
    return s;
  }

  @JsProperty
  public int getLevel() {
    return level;
  }

  @JsProperty
  public void setLevel(int level) {
    this.level = level;
  }

  // ---- refused after the glue kept a function or promise ---------------------------------------

  public int keepAndTake(Function<Integer, Integer> f, Counter counter) {
    return f.apply(counter.add(0));
  }

  public static int staticKeepAndTake(Function<Integer, Integer> f, Counter counter) {
    return f.apply(counter.add(0));
  }

  public int watchAndTake(CompletableFuture<Integer> p, Counter counter) {
    return counter.add(0);
  }

  public int keepAndCopy(Function<Integer, Integer> f, List<Counter> counters) {
    return f.apply(counters.size());
  }
}
