package dev.jsbind.runtime.j2v8;

import dev.jsbind.runtime.binding.JsComposite;
import dev.jsbind.runtime.binding.JsEnum;
import dev.jsbind.runtime.binding.JsType;
import dev.jsbind.runtime.binding.JsValueShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Decodes one argument the glue checked and encoded on the {@link Tape} (see values.js) into the
 * declared Java type. Everything was checked in JavaScript except the class of wrapped objects,
 * which only Java knows; a mismatch is an {@link ElementError} naming the element's path.
 *
 * <p>The tape is memory V8 can write, so nothing on it is trusted (see {@link Untrusted}): every
 * number is checked against its type, every count and string length against what is left, every
 * position against the tape's bounds. A bad entry is a {@link BoundaryError}, never wrong data, an
 * out-of-range index or an allocation sized by a corrupted count.
 */
final class ValueReader {
  private final Tape tape;
  private final String strings;
  private final ObjectTable objects;
  private int at;
  private int stringAt;

  /** {@code start}: the argument's first tape entry (where its strings start in {@code strings}). */
  ValueReader(Tape tape, int start, String strings, ObjectTable objects) {
    this.tape = tape;
    this.strings = strings;
    this.objects = objects;
    if (!(start >= 1 && start < tape.capacity())) {
      throw Untrusted.corrupted("a tape position", start);
    }
    this.at = start + 1;
    this.stringAt = Untrusted.count(tape.get(start), strings.length());
    if (stringAt < 0) {
      throw Untrusted.corrupted("a string position", stringAt);
    }
  }

  /** A wrapped object of the wrong class, deep inside a value; {@link #path} grows as it unwinds. */
  static final class ElementError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    String path = "";

    ElementError(String message) {
      super(message, null, false, false);
    }
  }

  private double next() {
    if (at >= tape.capacity()) {
      throw Untrusted.corrupted("more values", at);
    }
    return tape.get(at++);
  }

  /** The next number, checked against {@code type} (a primitive, enum or object kind). */
  private double next(JsType type) {
    return Untrusted.number(type, next());
  }

  /** A count of elements (-1: null), at most what the glue ever encodes. */
  private int count() {
    return Untrusted.count(next(), Tape.MAX_NUMBERS);
  }

  private String string() {
    int length = Untrusted.count(next(), strings.length() - stringAt);
    if (length < 0) {
      return null;
    }
    String s = strings.substring(stringAt, stringAt + length);
    stringAt += length;
    return s;
  }

  Object read(JsType type) throws Throwable {
    switch (type.kind()) {
      case BOOLEAN:
        return isNull(type) ? null : Boolean.valueOf(next(type) != 0);
      case BYTE:
        return isNull(type) ? null : Byte.valueOf((byte) next(type));
      case SHORT:
        return isNull(type) ? null : Short.valueOf((short) next(type));
      case INT:
        return isNull(type) ? null : Integer.valueOf((int) next(type));
      case LONG:
        return isNull(type) ? null : Long.valueOf((long) next(type));
      case FLOAT:
        return isNull(type) ? null : Float.valueOf((float) next(type));
      case DOUBLE:
        return isNull(type) ? null : Double.valueOf(next());
      case CHAR:
        return isNull(type) ? null : Character.valueOf((char) next(type));
      case STRING:
        return string();
      case ENUM:
        int ordinal = (int) next(type);
        return ordinal < 0 ? null : ((JsEnum<?>) type).constant(ordinal);
      case OBJECT:
        return object(type, (int) next(type));
      default:
        return composite((JsComposite) type);
    }
  }

  /** A nullable primitive's presence marker. */
  private boolean isNull(JsType type) {
    return type.nullable() && !present();
  }

  /** A presence marker: 1 present, 0 absent (null or an empty Optional). */
  private boolean present() {
    return Untrusted.number(JsType.BOOLEAN, next()) != 0;
  }

  private Object object(JsType type, int id) {
    if (id == 0 && type.nullable()) {
      return null;
    }
    Object object = objects.get(id);
    if (!type.javaClass().isInstance(object)) {
      throw new ElementError(" must be " + type.description() + ", got a "
          + (object == null ? "released object" : object.getClass().getSimpleName()));
    }
    return object;
  }

  private Object composite(JsComposite type) throws Throwable {
    switch (type.kind()) {
      case OPTIONAL:
        return optional(type);
      case VALUE:
        return value(type);
      default:
        break;
    }
    int count = count();
    if (count < 0) {
      return null;
    }
    switch (type.kind()) {
      case ARRAY:
        return type.factory() == null ? primitives(type.element(), count) : objects(type, count);
      case LIST:
        List<Object> list = new ArrayList<Object>(count);
        for (int i = 0; i < count; i++) {
          list.add(element(type.element(), i));
        }
        return list;
      case SET:
        Set<Object> set = new LinkedHashSet<Object>(capacity(count));
        for (int i = 0; i < count; i++) {
          set.add(element(type.element(), i));
        }
        return set;
      case MAP:
        Map<Object, Object> map = new LinkedHashMap<Object, Object>(capacity(count));
        JsEnum<?> keys = type.keys();
        for (int i = 0; i < count; i++) {
          Object key = keys == null ? string() : enumKey(keys);
          try {
            map.put(key, read(type.element()));
          } catch (ElementError e) {
            e.path = "[" + JsNames.literal(keys == null ? (String) key : ((Enum<?>) key).name()) + "]" + e.path;
            throw e;
          }
        }
        return map;
      default:
        throw new IllegalStateException("no decoding for " + type);
    }
  }

  private Object enumKey(JsEnum<?> keys) {
    int ordinal = (int) next(keys);
    if (ordinal < 0) {
      throw Untrusted.corrupted(keys.description(), ordinal);
    }
    return keys.constant(ordinal);
  }

  private Object optional(JsComposite type) throws Throwable {
    boolean present = present();
    switch (type.element().nullable() ? JsType.Kind.VOID : type.element().kind()) {
      case INT:
        return present ? OptionalInt.of((int) next(JsType.INT)) : OptionalInt.empty();
      case LONG:
        return present ? OptionalLong.of((long) next(JsType.LONG)) : OptionalLong.empty();
      case DOUBLE:
        return present ? OptionalDouble.of(next()) : OptionalDouble.empty();
      default:
        return present ? Optional.ofNullable(read(type.element())) : Optional.empty();
    }
  }

  private static int capacity(int count) {
    return count < 3 ? 4 : (int) (count / 0.75f) + 1;
  }

  private Object element(JsType type, int index) throws Throwable {
    try {
      return read(type);
    } catch (ElementError e) {
      e.path = "[" + index + "]" + e.path;
      throw e;
    }
  }

  private Object[] objects(JsComposite type, int count) throws Throwable {
    Object[] array = type.factory().apply(count);
    for (int i = 0; i < count; i++) {
      array[i] = element(type.element(), i);
    }
    return array;
  }

  private Object value(JsComposite type) throws Throwable {
    if (type.nullable() && !present()) {
      return null;
    }
    JsValueShape<?> shape = type.shape();
    Object[] components = new Object[shape.names().size()];
    for (int i = 0; i < components.length; i++) {
      try {
        components[i] = read(shape.componentType(i));
      } catch (ElementError e) {
        e.path = "." + shape.names().get(i) + e.path;
        throw e;
      }
    }
    return shape.newInstance(components);
  }

  /** A primitive array, filled straight from the tape, each element checked against its type. */
  private Object primitives(JsType element, int count) {
    switch (element.kind()) {
      case BOOLEAN:
        boolean[] booleans = new boolean[count];
        for (int i = 0; i < count; i++) {
          booleans[i] = next(element) != 0;
        }
        return booleans;
      case BYTE:
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
          bytes[i] = (byte) next(element);
        }
        return bytes;
      case SHORT:
        short[] shorts = new short[count];
        for (int i = 0; i < count; i++) {
          shorts[i] = (short) next(element);
        }
        return shorts;
      case INT:
        int[] ints = new int[count];
        for (int i = 0; i < count; i++) {
          double x = next();
          ints[i] = (int) x;
          if (ints[i] != x) {
            throw Untrusted.corrupted(element.description(), x);
          }
        }
        return ints;
      case LONG:
        long[] longs = new long[count];
        for (int i = 0; i < count; i++) {
          longs[i] = (long) next(element);
        }
        return longs;
      case FLOAT:
        float[] floats = new float[count];
        for (int i = 0; i < count; i++) {
          floats[i] = (float) next(element);
        }
        return floats;
      case DOUBLE:
        double[] doubles = new double[count];
        for (int i = 0; i < count; i++) {
          doubles[i] = next();
        }
        return doubles;
      case CHAR:
        char[] chars = new char[count];
        for (int i = 0; i < count; i++) {
          chars[i] = (char) next(element);
        }
        return chars;
      default:
        throw new IllegalStateException("not a primitive: " + element);
    }
  }
}
