package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsIgnore;
import dev.jsbind.annotations.JsProperty;

/** Public static fields: constants, read-only fields and read/write fields of the constructor. */
@JsExposed
public class Limits {
  public static final int MAX = 3;
  public static final byte SMALL = -128;
  public static final long BIG = 9007199254740991L;
  /** Too big for a JavaScript number: a getter whose read is a RangeError, like a long result. */
  public static final long TOO_BIG = Long.MAX_VALUE;
  public static final double HALF = 0.5;
  public static final double NOT_A_NUMBER = Double.NaN;
  public static final double NEGATIVE_INFINITY = Double.NEGATIVE_INFINITY;
  public static final double NEGATIVE_ZERO = -0.0;
  public static final double TINY = Double.MIN_VALUE;
  public static final float THIRD = 1f / 3;
  public static final char SEPARATOR = '/';
  public static final String NAME = "limits \"quoted\" \u2028 \\ </script>";
  public static final boolean STRICT = true;
  /** Final but not a compile-time constant: read through Java. */
  public static final Color DEFAULT_COLOR = Color.RED;
  public static final Integer BOXED = 7;
  public static int count;
  public static String label;
  public static Counter shared;
  public static Color color;
  @JsProperty(name = "renamed")
  public static int hits;
  @JsIgnore public static int hidden;
  static int packagePrivate;

  public static void reset() {
    count = 0;
    label = "start";
    shared = null;
    color = Color.GREEN;
    hits = 0;
  }
}
