package dev.jsbind.runtime.j2v8;

import com.eclipsesource.v8.V8Array;
import dev.jsbind.runtime.binding.JsArgs;
import dev.jsbind.runtime.binding.JsEnum;
import dev.jsbind.runtime.binding.JsType;

/**
 * The arguments of one native call. The glue has already checked every value against its
 * declared type and reduced it to a primitive (wrappers to ids, enums to ordinals), so each read
 * is one J2V8 primitive read and never touches a script's object.
 */
final class V8Args implements JsArgs {
  private final V8Array params;
  private final int offset;
  private final Member member;
  private final ObjectTable objects;

  V8Args(V8Array params, int offset, Member member, ObjectTable objects) {
    this.params = params;
    this.offset = offset;
    this.member = member;
    this.objects = objects;
  }

  @Override
  public boolean booleanAt(int index) {
    return params.getBoolean(offset + index);
  }

  @Override
  public byte byteAt(int index) {
    return (byte) params.getInteger(offset + index);
  }

  @Override
  public short shortAt(int index) {
    return (short) params.getInteger(offset + index);
  }

  @Override
  public int intAt(int index) {
    return params.getInteger(offset + index);
  }

  @Override
  public long longAt(int index) {
    return (long) params.getDouble(offset + index);
  }

  @Override
  public float floatAt(int index) {
    return (float) params.getDouble(offset + index);
  }

  @Override
  public double doubleAt(int index) {
    return params.getDouble(offset + index);
  }

  @Override
  public char charAt(int index) {
    return params.getString(offset + index).charAt(0);
  }

  @Override
  public String stringAt(int index) {
    return params.getString(offset + index); // J2V8 answers null for JavaScript null
  }

  @Override
  public Boolean boxedBooleanAt(int index) {
    return (Boolean) params.get(offset + index);
  }

  @Override
  public Byte boxedByteAt(int index) {
    Number n = number(index);
    return n == null ? null : Byte.valueOf(n.byteValue());
  }

  @Override
  public Short boxedShortAt(int index) {
    Number n = number(index);
    return n == null ? null : Short.valueOf(n.shortValue());
  }

  @Override
  public Integer boxedIntAt(int index) {
    Number n = number(index);
    return n == null ? null : Integer.valueOf(n.intValue());
  }

  @Override
  public Long boxedLongAt(int index) {
    Number n = number(index);
    return n == null ? null : Long.valueOf(n.longValue());
  }

  @Override
  public Float boxedFloatAt(int index) {
    Number n = number(index);
    return n == null ? null : Float.valueOf(n.floatValue());
  }

  @Override
  public Double boxedDoubleAt(int index) {
    Number n = number(index);
    return n == null ? null : Double.valueOf(n.doubleValue());
  }

  @Override
  public Character boxedCharAt(int index) {
    String s = stringAt(index);
    return s == null ? null : Character.valueOf(s.charAt(0));
  }

  @Override
  public <E extends Enum<E>> E enumAt(int index, Class<E> type) {
    int ordinal = params.getInteger(offset + index);
    if (ordinal < 0) {
      return null;
    }
    JsType declared = member.params[index].type();
    if (!(declared instanceof JsEnum) || declared.javaClass() != type) {
      throw new IllegalStateException(member.where + ": argument " + (index + 1) + " is declared as " + declared
          + " but read as " + type.getName() + " (a stale binding? recompile with the jsbind processor)");
    }
    return type.cast(((JsEnum<?>) declared).constant(ordinal));
  }

  @Override
  public <T> T objectAt(int index, Class<T> type) {
    Object object = objects.get(params.getInteger(offset + index));
    if (!type.isInstance(object)) {
      JsType declared = member.params[index].type();
      throw new BoundaryError(BoundaryError.Kind.TYPE_ERROR, member.where + ": argument " + (index + 1) + " ("
          + member.params[index].name() + ") must be " + declared.description() + ", got a "
          + (object == null ? "released object" : object.getClass().getSimpleName()));
    }
    return type.cast(object);
  }

  private Number number(int index) {
    return (Number) params.get(offset + index);
  }
}
