package dev.jsbind.runtime.binding;


/**
 * Collects the trailing arguments of a varargs call: the elements of a rest parameter declared
 * with {@link JsParam#rest} are the arguments from its index to {@link JsArgs#size()}, each
 * checked against the element type. Generated code calls these as
 * {@code self.sum(JsRest.ints(args, 1))}.
 */
public final class JsRest {
  private JsRest() {}

  public static boolean[] booleans(JsArgs args, int from) {
    boolean[] values = new boolean[Math.max(0, args.size() - from)];
    for (int i = 0; i < values.length; i++) {
      values[i] = args.booleanAt(from + i);
    }
    return values;
  }

  public static byte[] bytes(JsArgs args, int from) {
    byte[] values = new byte[Math.max(0, args.size() - from)];
    for (int i = 0; i < values.length; i++) {
      values[i] = args.byteAt(from + i);
    }
    return values;
  }

  public static short[] shorts(JsArgs args, int from) {
    short[] values = new short[Math.max(0, args.size() - from)];
    for (int i = 0; i < values.length; i++) {
      values[i] = args.shortAt(from + i);
    }
    return values;
  }

  public static int[] ints(JsArgs args, int from) {
    int[] values = new int[Math.max(0, args.size() - from)];
    for (int i = 0; i < values.length; i++) {
      values[i] = args.intAt(from + i);
    }
    return values;
  }

  public static long[] longs(JsArgs args, int from) {
    long[] values = new long[Math.max(0, args.size() - from)];
    for (int i = 0; i < values.length; i++) {
      values[i] = args.longAt(from + i);
    }
    return values;
  }

  public static float[] floats(JsArgs args, int from) {
    float[] values = new float[Math.max(0, args.size() - from)];
    for (int i = 0; i < values.length; i++) {
      values[i] = args.floatAt(from + i);
    }
    return values;
  }

  public static double[] doubles(JsArgs args, int from) {
    double[] values = new double[Math.max(0, args.size() - from)];
    for (int i = 0; i < values.length; i++) {
      values[i] = args.doubleAt(from + i);
    }
    return values;
  }

  public static char[] chars(JsArgs args, int from) {
    char[] values = new char[Math.max(0, args.size() - from)];
    for (int i = 0; i < values.length; i++) {
      values[i] = args.charAt(from + i);
    }
    return values;
  }

  public static String[] strings(JsArgs args, int from) {
    String[] values = new String[Math.max(0, args.size() - from)];
    for (int i = 0; i < values.length; i++) {
      values[i] = args.stringAt(from + i);
    }
    return values;
  }

  public static Boolean[] boxedBooleans(JsArgs args, int from) {
    Boolean[] values = new Boolean[Math.max(0, args.size() - from)];
    for (int i = 0; i < values.length; i++) {
      values[i] = args.boxedBooleanAt(from + i);
    }
    return values;
  }

  public static Byte[] boxedBytes(JsArgs args, int from) {
    Byte[] values = new Byte[Math.max(0, args.size() - from)];
    for (int i = 0; i < values.length; i++) {
      values[i] = args.boxedByteAt(from + i);
    }
    return values;
  }

  public static Short[] boxedShorts(JsArgs args, int from) {
    Short[] values = new Short[Math.max(0, args.size() - from)];
    for (int i = 0; i < values.length; i++) {
      values[i] = args.boxedShortAt(from + i);
    }
    return values;
  }

  public static Integer[] boxedInts(JsArgs args, int from) {
    Integer[] values = new Integer[Math.max(0, args.size() - from)];
    for (int i = 0; i < values.length; i++) {
      values[i] = args.boxedIntAt(from + i);
    }
    return values;
  }

  public static Long[] boxedLongs(JsArgs args, int from) {
    Long[] values = new Long[Math.max(0, args.size() - from)];
    for (int i = 0; i < values.length; i++) {
      values[i] = args.boxedLongAt(from + i);
    }
    return values;
  }

  public static Float[] boxedFloats(JsArgs args, int from) {
    Float[] values = new Float[Math.max(0, args.size() - from)];
    for (int i = 0; i < values.length; i++) {
      values[i] = args.boxedFloatAt(from + i);
    }
    return values;
  }

  public static Double[] boxedDoubles(JsArgs args, int from) {
    Double[] values = new Double[Math.max(0, args.size() - from)];
    for (int i = 0; i < values.length; i++) {
      values[i] = args.boxedDoubleAt(from + i);
    }
    return values;
  }

  public static Character[] boxedChars(JsArgs args, int from) {
    Character[] values = new Character[Math.max(0, args.size() - from)];
    for (int i = 0; i < values.length; i++) {
      values[i] = args.boxedCharAt(from + i);
    }
    return values;
  }

  /** How many elements the rest parameter starting at {@code from} has: the length of its array. */
  public static int count(JsArgs args, int from) {
    return Math.max(0, args.size() - from);
  }

  /**
   * Fills {@code values} (made by the generated code, {@link #count} long: no reflection creates
   * arrays at run time) with the enum arguments from {@code from} on.
   */
  public static <E extends Enum<E>> E[] enums(JsArgs args, int from, Class<E> type, E[] values) {
    for (int i = 0; i < values.length; i++) {
      values[i] = args.enumAt(from + i, type);
    }
    return values;
  }

  /** Fills {@code values} ({@link #count} long) with the objects behind the wrappers from {@code from} on. */
  public static <T> T[] objects(JsArgs args, int from, Class<T> type, T[] values) {
    for (int i = 0; i < values.length; i++) {
      values[i] = args.objectAt(from + i, type);
    }
    return values;
  }
}
