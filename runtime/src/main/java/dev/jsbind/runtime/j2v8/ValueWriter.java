package dev.jsbind.runtime.j2v8;

import dev.jsbind.runtime.binding.JsComposite;
import dev.jsbind.runtime.binding.JsType;
import dev.jsbind.runtime.binding.JsValueShape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Encodes a Java result of a copied type (see {@link JsComposite}) on the {@link Tape}, where the
 * glue rebuilds it (values.js, {@code get}). Numbers go on the tape, strings (and enum names) into
 * one string that is the native's return value. Exposed objects are handed over afterwards, one
 * native call each ({@link #pending}), the same way as a single object result, which keeps their
 * wrappers' identity and weak handles safe.
 */
final class ValueWriter {
  /** Deeper than this, a result is taken for a cycle (a list holding itself) rather than copied forever. */
  static final int MAX_DEPTH = 1000;

  private final Tape tape;
  private int depth;
  /** The exposed objects of the last result, for the glue's {@code wrap} calls, in order. */
  private final List<Object> pending = new ArrayList<Object>();
  private StringBuilder strings;
  private int at;

  ValueWriter(Tape tape) {
    this.tape = tape;
  }

  /**
   * Encodes {@code value} where the running call's result goes; answers its strings. A null
   * result is allowed at the top level (JavaScript gets {@code null}, as for exposed objects), not
   * inside: there, only types that accept null may be null.
   */
  String write(JsType type, Object value) {
    pending.clear();
    strings = new StringBuilder();
    at = tape.base();
    depth = 0;
    try {
      write(type, value, true);
    } catch (ElementNull e) {
      throw new BoundaryError(BoundaryError.Kind.TYPE_ERROR, "the result" + e.path + " is null, but "
          + e.getMessage() + " cannot be null inside a value JavaScript gets a copy of");
    }
    String result = strings.toString();
    strings = null;
    if (result.length() > JsValues.MAX_STRING_LENGTH) {
      // They cross as one string (values.js cuts it up): together they must fit in one.
      throw new BoundaryError(BoundaryError.Kind.RANGE_ERROR, "the strings of the result add up to " + result.length()
          + " characters, more than the longest JavaScript string (" + JsValues.MAX_STRING_LENGTH + ")");
    }
    return result;
  }

  /** The exposed object the glue asks for while rebuilding the last result ({@code k} counts from 0). */
  Object pending(int k) {
    return pending.get(k);
  }

  private static final class ElementNull extends RuntimeException {
    private static final long serialVersionUID = 1L;
    String path = "";

    ElementNull(String what) {
      super(what, null, false, false);
    }
  }

  private void num(double x) {
    tape.ensure((long) at + 1);
    tape.put(at++, x);
  }

  private void string(String s) {
    num(s.length());
    strings.append(s);
  }

  private void write(JsType type, Object value, boolean top) {
    switch (type.kind()) {
      case BOOLEAN:
        if (flag(type, value)) {
          num(((Boolean) value) ? 1 : 0);
        }
        return;
      case BYTE:
      case SHORT:
      case INT:
      case DOUBLE:
        if (flag(type, value)) {
          num(((Number) value).doubleValue());
        }
        return;
      case FLOAT:
        if (flag(type, value)) {
          num(((Float) value).doubleValue()); // the double it widens to, as a float result
        }
        return;
      case LONG:
        if (flag(type, value)) {
          long n = (Long) value;
          if (n > JsValues.MAX_SAFE_INTEGER || n < -JsValues.MAX_SAFE_INTEGER) {
            throw new BoundaryError(BoundaryError.Kind.RANGE_ERROR, "the long " + n
                + " in the result cannot cross as a JavaScript number exactly (|n| must be <= 2^53-1)");
          }
          num(n);
        }
        return;
      case CHAR:
        if (flag(type, value)) {
          num((Character) value);
        }
        return;
      case STRING:
        if (value == null) {
          num(-1);
        } else {
          string((String) value);
        }
        return;
      case ENUM:
        if (value == null) {
          num(-1);
        } else {
          string(((Enum<?>) value).name());
        }
        return;
      case OBJECT:
        if (value == null) {
          num(0); // a null exposed object is null, as a single result is
        } else {
          pending.add(value);
          num(pending.size());
        }
        return;
      default:
        composite((JsComposite) type, value, top);
    }
  }

  /** Writes a nullable primitive's presence marker; answers whether a value follows. */
  private boolean flag(JsType type, Object value) {
    if (type.nullable()) {
      num(value == null ? 0 : 1);
      return value != null;
    }
    if (value == null) {
      throw new ElementNull(type.description());
    }
    return true;
  }

  private void composite(JsComposite type, Object value, boolean top) {
    if (++depth > MAX_DEPTH) {
      throw new BoundaryError(BoundaryError.Kind.RANGE_ERROR, "the result is nested more than " + MAX_DEPTH
          + " levels deep (does it contain itself?)");
    }
    try {
      copy(type, value, top);
    } finally {
      depth--;
    }
  }

  private void copy(JsComposite type, Object value, boolean top) {
    boolean nullable = top || type.nullable();
    if (type.kind() == JsType.Kind.OPTIONAL) {
      Object present = presentValue(value);
      if (present == null) {
        num(0);
      } else {
        num(1);
        write(type.element(), present, false);
      }
      return;
    }
    if (type.kind() == JsType.Kind.VALUE) {
      // The glue's descriptor of a result accepts null at the top level (see ValueShim).
      if (nullable) {
        num(value == null ? 0 : 1);
        if (value == null) {
          return;
        }
      } else if (value == null) {
        throw new ElementNull(type.description());
      }
      value(type.shape(), value);
      return;
    }
    if (value == null) {
      if (!nullable) {
        throw new ElementNull(type.description());
      }
      num(-1);
      return;
    }
    switch (type.kind()) {
      case ARRAY:
        if (type.factory() == null) {
          primitives(value);
        } else {
          elements(type.element(), Arrays.asList((Object[]) value));
        }
        return;
      case LIST:
      case SET:
        elements(type.element(), (Collection<?>) value);
        return;
      case MAP:
        entries(type.element(), (Map<?, ?>) value);
        return;
      default:
        throw new IllegalStateException("no encoding for " + type);
    }
  }

  /**
   * The count goes first, so a collection that another thread changes while it is copied (which a
   * synchronized or concurrent collection allows) is an error rather than a corrupted tape.
   */
  private void entries(JsType element, Map<?, ?> map) {
    int size = map.size();
    num(size);
    int i = 0;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (i++ == size) {
        throw new ConcurrentModificationException("the map changed while it was copied");
      }
      if (entry.getKey() == null) {
        throw new BoundaryError(BoundaryError.Kind.TYPE_ERROR, "the result has a null map key, which cannot"
            + " be a JavaScript property name");
      }
      String key = entry.getKey() instanceof Enum ? ((Enum<?>) entry.getKey()).name() : (String) entry.getKey();
      string(key);
      try {
        write(element, entry.getValue(), false);
      } catch (ElementNull e) {
        e.path = "[" + JsNames.literal(key) + "]" + e.path;
        throw e;
      }
    }
    if (i != size) {
      throw new ConcurrentModificationException("the map changed while it was copied");
    }
  }

  /** The value of an {@code Optional} (or {@code OptionalInt}, …), boxed; null when empty (or null). */
  private static Object presentValue(Object optional) {
    if (optional instanceof OptionalInt) {
      OptionalInt o = (OptionalInt) optional;
      return o.isPresent() ? Integer.valueOf(o.getAsInt()) : null;
    }
    if (optional instanceof OptionalLong) {
      OptionalLong o = (OptionalLong) optional;
      return o.isPresent() ? Long.valueOf(o.getAsLong()) : null;
    }
    if (optional instanceof OptionalDouble) {
      OptionalDouble o = (OptionalDouble) optional;
      return o.isPresent() ? Double.valueOf(o.getAsDouble()) : null;
    }
    Optional<?> o = (Optional<?>) optional;
    return o == null || !o.isPresent() ? null : o.get();
  }

  private void elements(JsType element, Collection<?> values) {
    int size = values.size();
    num(size);
    int i = 0;
    for (Object e : values) {
      if (i == size) {
        throw new ConcurrentModificationException("the collection changed while it was copied");
      }
      try {
        write(element, e, false);
      } catch (ElementNull failure) {
        failure.path = "[" + i + "]" + failure.path;
        throw failure;
      }
      i++;
    }
    if (i != size) {
      throw new ConcurrentModificationException("the collection changed while it was copied");
    }
  }

  private void value(JsValueShape<?> shape, Object value) {
    Object[] components;
    try {
      components = shape.componentsOf(value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
    for (int i = 0; i < components.length; i++) {
      try {
        write(shape.componentType(i), components[i], false);
      } catch (ElementNull e) {
        e.path = "." + shape.names().get(i) + e.path;
        throw e;
      }
    }
  }

  private void primitives(Object array) {
    if (array instanceof int[]) {
      int[] ints = (int[]) array;
      num(ints.length);
      tape.ensure((long) at + ints.length);
      for (int x : ints) {
        tape.put(at++, x);
      }
    } else if (array instanceof double[]) {
      double[] doubles = (double[]) array;
      num(doubles.length);
      tape.ensure((long) at + doubles.length);
      for (double x : doubles) {
        tape.put(at++, x);
      }
    } else if (array instanceof byte[]) {
      byte[] bytes = (byte[]) array;
      num(bytes.length);
      for (byte x : bytes) {
        num(x);
      }
    } else if (array instanceof short[]) {
      short[] shorts = (short[]) array;
      num(shorts.length);
      for (short x : shorts) {
        num(x);
      }
    } else if (array instanceof long[]) {
      long[] longs = (long[]) array;
      num(longs.length);
      for (long x : longs) {
        write(JsType.LONG, x, false);
      }
    } else if (array instanceof float[]) {
      float[] floats = (float[]) array;
      num(floats.length);
      for (float x : floats) {
        num(x);
      }
    } else if (array instanceof boolean[]) {
      boolean[] booleans = (boolean[]) array;
      num(booleans.length);
      for (boolean x : booleans) {
        num(x ? 1 : 0);
      }
    } else {
      char[] chars = (char[]) array;
      num(chars.length);
      for (char x : chars) {
        num(x);
      }
    }
  }
}
