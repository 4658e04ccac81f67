package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;

/** One echo method per supported type, for the conversion matrix. */
@JsExposed
public class Types {
  public final int fixed = 7;
  public String text = "t";
  public Color color = Color.RED;
  public double ratio = 0.5;

  public boolean echoBoolean(boolean v) { return v; }
  public byte echoByte(byte v) { return v; }
  public short echoShort(short v) { return v; }
  public int echoInt(int v) { return v; }
  public long echoLong(long v) { return v; }
  public float echoFloat(float v) { return v; }
  public double echoDouble(double v) { return v; }
  public char echoChar(char v) { return v; }
  public String echoString(String v) { return v; }
  public Boolean echoBoxedBoolean(Boolean v) { return v; }
  public Byte echoBoxedByte(Byte v) { return v; }
  public Short echoBoxedShort(Short v) { return v; }
  public Integer echoBoxedInt(Integer v) { return v; }
  public Long echoBoxedLong(Long v) { return v; }
  public Float echoBoxedFloat(Float v) { return v; }
  public Double echoBoxedDouble(Double v) { return v; }
  public Character echoBoxedChar(Character v) { return v; }
  public Color echoColor(Color v) { return v; }
  public Types echoTypes(Types v) { return v; }

  public String describe(int a, String b, Color c, Types d) {
    return a + "/" + b + "/" + c + "/" + (d == this);
  }

  public long maxLong() { return Long.MAX_VALUE; }
  public long minSafe() { return -9007199254740991L; }
  public Long nullLong() { return null; }
  public String nullString() { return null; }
  public Color nullColor() { return null; }
  public Types nullTypes() { return null; }
  public Character nullChar() { return null; }
  public void nothing() { }

  public static Types create() { return new Types(); }
  public static int twice(int v) { return 2 * v; }
}
