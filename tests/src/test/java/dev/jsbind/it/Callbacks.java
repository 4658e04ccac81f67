package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsNullable;
import dev.jsbind.annotations.JsOptional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Functions, futures and iterables at the boundary, both ways. Static state is reset per test. */
@JsExposed
public class Callbacks {
  /** A user functional interface with a primitive, an enum and an exposed object. */
  @FunctionalInterface
  public interface Painter {
    String paint(int times, Color color, Counter counter);
  }

  static Consumer<String> kept;
  static CompletableFuture<Integer> fromScript;
  static CompletableFuture<String> pending;
  static Function<Integer, CompletableFuture<String>> fetcher;
  static List<String> log = new ArrayList<String>();

  private Callbacks() {}

  static void reset() {
    kept = null;
    fromScript = null;
    pending = null;
    log = new ArrayList<String>();
    fetcher = null;
  }

  public static void keepFetcher(Function<Integer, CompletableFuture<String>> f) {
    fetcher = f;
  }

  // ---- script functions called by Java ---------------------------------------------------------

  public static int applyInt(IntUnaryOperator f, int x) {
    return f.applyAsInt(x);
  }

  public static String map(Function<Integer, String> f, int x) {
    return f.apply(x);
  }

  public static int sumMapped(Function<? super Integer, ? extends Integer> f, int n) {
    int sum = 0;
    for (int i = 0; i < n; i++) {
      sum += f.apply(i);
    }
    return sum;
  }

  public static boolean test(Predicate<String> p, String s) {
    return p.test(s);
  }

  public static Counter supply(Supplier<Counter> s) {
    return s.get();
  }

  public static Color pick(Function<String, Color> f, String name) {
    return f.apply(name);
  }

  public static String paint(Painter painter, Counter counter) {
    return painter.paint(2, Color.GREEN, counter);
  }

  public static String compose(Function<String, Function<String, String>> curried, String a, String b) {
    return curried.apply(a).apply(b);
  }

  public static String sorted(Comparator<String> order, String a, String b) {
    List<String> list = new ArrayList<String>();
    list.add(a);
    list.add(b);
    Collections.sort(list, order);
    return list.get(0) + list.get(1);
  }

  public static int fold(BinaryOperator<Integer> op, int a, int b) {
    return op.apply(a, b);
  }

  public static String callIt(Callable<String> task) throws Exception {
    return task.call();
  }

  public static void keep(Consumer<String> consumer) {
    kept = consumer;
  }

  public static void fire(String value) {
    kept.accept(value);
  }

  public static String tryCall(Function<Integer, String> f) {
    try {
      return f.apply(1);
    } catch (RuntimeException e) {
      return "caught " + e;
    }
  }

  public static String maybe(@JsOptional Supplier<String> s) {
    return s == null ? "omitted" : s.get();
  }

  public static String orDefault(@JsNullable Supplier<String> s) {
    return s == null ? "default" : s.get();
  }

  public static String withSupplier(Function<Supplier<String>, String> f) {
    return f.apply(SAME);
  }

  public static CompletableFuture<String> fetchVia(Function<Integer, CompletableFuture<String>> fetch) {
    return fetch.apply(3).thenApply(new Function<String, String>() {
      @Override
      public String apply(String s) {
        return s + "!";
      }
    });
  }

  public static void walk(Consumer<Iterable<Integer>> walker) {
    walker.accept(range(3));
  }

  public static void handOver(Consumer<CompletableFuture<Integer>> receiver) {
    receiver.accept(CompletableFuture.completedFuture(99));
  }

  // ---- Java functions called by scripts ---------------------------------------------------------

  public static Function<Integer, Integer> adder(final int n) {
    return new Function<Integer, Integer>() {
      @Override
      public Integer apply(Integer x) {
        return x + n;
      }
    };
  }

  public static BiFunction<String, Integer, String> repeat() {
    return new BiFunction<String, Integer, String>() {
      @Override
      public String apply(String s, Integer times) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < times; i++) {
          out.append(s);
        }
        return out.toString();
      }
    };
  }

  public static Runnable logger(final String line) {
    return new Runnable() {
      @Override
      public void run() {
        log.add(line);
      }
    };
  }

  public static Consumer<String> failing() {
    return new Consumer<String>() {
      @Override
      public void accept(String s) {
        throw new IllegalStateException("refused " + s);
      }
    };
  }

  private static final Supplier<String> SAME = new Supplier<String>() {
    @Override
    public String get() {
      return "same";
    }
  };

  public static Supplier<String> same() {
    return SAME;
  }

  public static Function<Consumer<String>, Integer> callsBack() {
    return new Function<Consumer<String>, Integer>() {
      @Override
      public Integer apply(Consumer<String> c) {
        c.accept("from java");
        return 7;
      }
    };
  }

  // ---- futures and promises ---------------------------------------------------------------------

  public static CompletableFuture<Integer> done(int value) {
    return CompletableFuture.completedFuture(value);
  }

  public static CompletionStage<Counter> counterLater() {
    CompletableFuture<Counter> future = new CompletableFuture<Counter>();
    future.complete(new Counter(41));
    return future;
  }

  public static CompletableFuture<String> later() {
    pending = new CompletableFuture<String>();
    return pending;
  }

  public static CompletableFuture<Void> nothing() {
    return CompletableFuture.completedFuture(null);
  }

  public static CompletableFuture<Long> tooBig() {
    return CompletableFuture.completedFuture(1L << 60);
  }

  public static void await(CompletableFuture<Integer> promise) {
    fromScript = promise;
  }

  public static void chain(CompletionStage<String> promise) {
    promise.thenAccept(new Consumer<String>() {
      @Override
      public void accept(String s) {
        log.add("chained " + s);
      }
    });
  }

  // ---- iterables --------------------------------------------------------------------------------

  public static Iterable<Integer> range(final int n) {
    return new Iterable<Integer>() {
      @Override
      public Iterator<Integer> iterator() {
        return new Iterator<Integer>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < n;
          }

          @Override
          public Integer next() {
            if (next >= n) {
              throw new NoSuchElementException();
            }
            return next++;
          }
        };
      }
    };
  }

  public static Iterator<Long> naturals() {
    return new Iterator<Long>() {
      private long next;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Long next() {
        return next++;
      }
    };
  }

  public static Iterable<Counter> counters(int n) {
    List<Counter> counters = new ArrayList<Counter>();
    for (int i = 0; i < n; i++) {
      counters.add(new Counter(i));
    }
    return counters;
  }

  public static Iterator<String> broken() {
    return new Iterator<String>() {
      private int calls;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public String next() {
        if (++calls == 3) {
          throw new IllegalStateException("element 3 is unreadable");
        }
        return "e" + calls;
      }
    };
  }
}
