package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsIgnore;
import java.util.function.ToIntFunction;

/** Final fields of every kind that wrappers carry, and fields they do not. */
@JsExposed
public class Reading {
  public final boolean on;
  public final byte b;
  public final short s;
  public final int count;
  public final long big;
  public final float f;
  public final double ratio;
  public final char letter;
  public final String label;
  public final String none = null;
  /** Beyond 2^53-1: reading it is a RangeError, as for a getter. */
  public final long huge = Long.MAX_VALUE;
  /** A box is not carried (it stays a getter). */
  public final Integer boxed = 7;
  /** Not final: read through Java each time. */
  public int mutable = 1;

  public Reading(int count, String label) {
    this.on = true;
    this.b = -8;
    this.s = 300;
    this.count = count;
    this.big = 9007199254740991L;
    this.f = 1.5f;
    this.ratio = -0.0;
    this.letter = 'x';
    this.label = label;
  }

  public static Reading of(int count) {
    return new Reading(count, "made by of");
  }

  /** Hands a new Reading to a script function: its wrapper is made for a callback argument. */
  public static int handTo(ToIntFunction<Reading> reader, int count) {
    return reader.applyAsInt(new Reading(count, "handed"));
  }

  /** An exposed subclass: its wrappers carry its own final fields and Reading's. */
  @JsExposed
  public static class Extra extends Reading {
    public final String extra;

    public Extra(String extra) {
      super(5, "extra's");
      this.extra = extra;
    }
  }

  @JsIgnore
  public void unused() {}
}
