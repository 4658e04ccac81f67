package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.runtime.JsRuntime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * Members whose results or callbacks make the glue re-enter itself: lazy lists whose elements are
 * computed by script functions while the list is copied, callbacks whose arguments need a combined
 * prototype, and plain members that leave strings behind (SlotHygieneTest, ReentrantCopyFuzzTest).
 */
@JsExposed
public class Reentry {
  private Reentry() {}

  public static String echo(String s) {
    return s;
  }

  /** Calls {@code f} with a string and an object whose class has two unrelated exposed interfaces. */
  public static String relay(BiFunction<String, Tagged, String> f, String s, int size) {
    return f.apply(s, new Tagged.SizedAndTagged(size, "q"));
  }

  /** As {@link #relay}, with an exposed object first. */
  public static String relayCounter(BiFunction<Counter, Tagged, String> f, Counter c, int size) {
    return f.apply(c, new Tagged.SizedAndTagged(size, "r"));
  }

  /**
   * Calls {@code f} with a string and a future whose {@code whenComplete} (run when the future is
   * handed to the script) itself calls a script.
   */
  public static String handOverMeddling(BiFunction<String, CompletableFuture<Integer>, String> f, String s) {
    CompletableFuture<Integer> meddling = new CompletableFuture<Integer>() {
      @Override
      public CompletableFuture<Integer> whenComplete(BiConsumer<? super Integer, ? super Throwable> action) {
        JsRuntime.current().eval("Reentry.echo('meddler')");
        return super.whenComplete(action);
      }
    };
    meddling.complete(5);
    return f.apply(s, meddling);
  }

  /** 0, step, 2 step, … (n elements). */
  public static List<Integer> range(int n, int step) {
    List<Integer> out = new ArrayList<Integer>();
    for (int i = 0; i < n; i++) {
      out.add(i * step);
    }
    return out;
  }

  /** A list whose elements are computed by {@code f} each time they are read. */
  public static List<Integer> lazy(final IntUnaryOperator f, final int n) {
    return new AbstractList<Integer>() {
      @Override
      public Integer get(int index) {
        return f.applyAsInt(index);
      }

      @Override
      public int size() {
        return n;
      }
    };
  }

  public static List<String> lazyStrings(final Function<Integer, String> f, final int n) {
    return new AbstractList<String>() {
      @Override
      public String get(int index) {
        return f.apply(index);
      }

      @Override
      public int size() {
        return n;
      }
    };
  }

  public static List<Counter> lazyCounters(final Function<Integer, Counter> f, final int n) {
    return new AbstractList<Counter>() {
      @Override
      public Counter get(int index) {
        return f.apply(index);
      }

      @Override
      public int size() {
        return n;
      }
    };
  }

  public static List<Sized> boxes(int n) {
    List<Sized> out = new ArrayList<Sized>();
    for (int i = 0; i < n; i++) {
      out.add(new Box(i));
    }
    return out;
  }

  /** A declared {@code List<Counter>} that (through an unchecked cast) holds a Box. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static List<Counter> mixed() {
    List raw = new ArrayList();
    raw.add(new Counter(1));
    raw.add(new Box(2));
    return raw;
  }

  /** A declared {@code List<String>} that holds an Integer. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static List<String> mixedStrings() {
    List raw = new ArrayList();
    raw.add("a");
    raw.add(Integer.valueOf(2));
    return raw;
  }
}
