package com.example.kitchen;

import com.example.kitchen.parts.Color;
import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsMethod;
import dev.jsbind.annotations.JsNullable;
import dev.jsbind.annotations.JsOptional;

/** Every supported type, as fields, parameters and return types. */
@JsExposed(name = "Sink")
public class KitchenSink {
  public enum Mode {
    FAST,
    SLOW
  }

  @JsExposed
  public static class Tap {
    public boolean open;
  }

  public boolean flag;
  public byte b;
  public short s;
  public int i;
  public long l;
  public float f;
  public double d;
  public char c;
  public Boolean boxedFlag;
  public Byte boxedB;
  public Short boxedS;
  public Integer boxedI;
  public Long boxedL;
  public Float boxedF;
  public Double boxedD;
  public Character boxedC;
  public String text;
  public Mode mode;
  public Color color;
  public final Tap tap = new Tap();

  /** The largest batch. */
  public static final int MAX = 64;
  public static final String GREETING = "hi \"there\"";
  public static final char SEPARATOR = '/';
  public static final long HUGE = Long.MAX_VALUE;
  public static final Mode DEFAULT_MODE = Mode.FAST;
  public static int created;
  public static Tap shared;

  public KitchenSink(boolean flag, byte b, short s, int i, long l, float f, double d, char c) {}

  public String describe(
      Boolean a, Byte b, Short c, Integer d, Long e, Float f, Double g, Character h, String text) {
    return "";
  }

  public Mode cycle(Mode mode, Color color) {
    return mode;
  }

  public String label(String text, @JsOptional Character mark, Mode... modes) {
    return text;
  }

  public Tap swap(@JsNullable Tap tap) {
    return tap;
  }

  public Tap replace(Tap tap) {
    return tap;
  }

  public char first(String text) {
    return text.charAt(0);
  }

  public Color currentColor() {
    return color;
  }

  @JsMethod(name = "$weird_name2")
  public double half(double value) {
    return value / 2;
  }

  public static Tap newTap() {
    return new Tap();
  }

  public static void log(String message, int level) {}
}
