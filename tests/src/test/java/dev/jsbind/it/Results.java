package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsProperty;
import java.util.function.IntBinaryOperator;
import java.util.function.IntSupplier;

/**
 * Members whose results come back to JavaScript in the frame (numbers, booleans, chars, their
 * boxes, void), some of which call back into JavaScript before they answer, and some of which fail.
 */
@JsExposed
public class Results {
  public int count;
  public static long total;
  private double ratio = 1;

  public int plus(int a, int b) {
    return a + b;
  }

  public boolean isEven(int v) {
    return v % 2 == 0;
  }

  public char unit(int code) {
    return (char) code;
  }

  public float narrow(double v) {
    return (float) v;
  }

  public long times(long a, int b) {
    return a * b;
  }

  /** {@code null} for a negative {@code v}: null must come out as null, never as 0. */
  public Integer orNull(int v) {
    return v < 0 ? null : v;
  }

  public Character charOrNull(int code) {
    return code < 0 ? null : (char) code;
  }

  public Boolean flagOrNull(int v) {
    return v < 0 ? null : v > 0;
  }

  public int failInt(String message) {
    throw new IllegalArgumentException(message);
  }

  public void failVoid(String message) {
    throw new IllegalStateException(message);
  }

  @JsProperty
  public double getRatio() {
    return ratio;
  }

  @JsProperty
  public void setRatio(double ratio) {
    if (ratio < 0) {
      throw new IndexOutOfBoundsException("ratio " + ratio + " is negative");
    }
    this.ratio = ratio;
  }

  /** What {@code inner} answers, plus 1000: the inner call's own result must not leak out. */
  public int around(IntSupplier inner) {
    return inner.getAsInt() + 1000;
  }

  /** Runs {@code inner}, then answers null. */
  public Double nullAfter(Runnable inner) {
    inner.run();
    return null;
  }

  /** Runs {@code inner}, then answers the char {@code code}. */
  public char charAfter(Runnable inner, int code) {
    inner.run();
    return (char) code;
  }

  /** Runs {@code inner} (whose failure a script may have caught), then returns normally. */
  public void voidAfter(Runnable inner) {
    inner.run();
    count++;
  }

  /** Runs {@code inner} successfully, then fails. */
  public long failAfter(IntSupplier inner) {
    inner.getAsInt();
    throw new UnsupportedOperationException("failed after the inner call");
  }

  /** A Java function: JavaScript calls it, and its result comes back in the frame as well. */
  public IntBinaryOperator subtracter() {
    return (a, b) -> {
      if (b == 0) {
        throw new ArithmeticException("nothing to subtract");
      }
      return a - b;
    };
  }

  public static double scaled(double v) {
    return v * 1.5;
  }
}
