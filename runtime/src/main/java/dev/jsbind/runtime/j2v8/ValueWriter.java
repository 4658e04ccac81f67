package dev.jsbind.runtime.j2v8;

import dev.jsbind.runtime.binding.JsComposite;
import dev.jsbind.runtime.binding.JsEnum;
import dev.jsbind.runtime.binding.JsType;
import dev.jsbind.runtime.binding.JsValueShape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
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
 *
 * <p>Copying a result runs user code (a lazy list's {@code get}, an iterator, a value's accessors),
 * which may call scripts, which may call members returning copies of their own (issue 11, class
 * 3). So a copy is made in two steps: first the whole value is read into a {@link Snapshot} that
 * belongs to this call alone (every piece of user code runs then, and every element is checked
 * against its declared type); then the snapshot is written to the tape, with no user code
 * running. A nested copy therefore can neither overwrite this one nor reset its state.
 */
final class ValueWriter {
  /** Deeper than this, a result is taken for a cycle (a list holding itself) rather than copied forever. */
  static final int MAX_DEPTH = 1000;

  private final Tape tape;
  /**
   * The exposed objects of the result the glue is rebuilding, for its {@code wrap} calls, in order.
   * Set in the write step: the glue rebuilds a result as soon as its native returns, and nothing
   * it calls on the way (wrapping an exposed object) runs user code or copies another result.
   */
  private List<Object> pending = Collections.emptyList();

  ValueWriter(Tape tape) {
    this.tape = tape;
  }

  /**
   * Encodes {@code value} where the running call's result goes; answers its strings. A null
   * result is allowed at the top level (JavaScript gets {@code null}, as for exposed objects), not
   * inside: there, only types that accept null may be null.
   */
  String write(JsType type, Object value) {
    Snapshot snapshot = new Snapshot();
    try {
      snapshot.write(type, value, true);
    } catch (ElementError e) {
      throw new BoundaryError(BoundaryError.Kind.TYPE_ERROR, "the result" + e.path + e.getMessage());
    }
    String result = snapshot.strings.toString();
    if (result.length() > JsValues.MAX_STRING_LENGTH) {
      // They cross as one string (values.js cuts it up): together they must fit in one.
      throw new BoundaryError(BoundaryError.Kind.RANGE_ERROR, "the strings of the result add up to " + result.length()
          + " characters, more than the longest JavaScript string (" + JsValues.MAX_STRING_LENGTH + ")");
    }
    // From here on no user code runs: the tape and the pending objects are this call's.
    int base = tape.base();
    tape.ensure((long) base + snapshot.size);
    double[] numbers = snapshot.numbers;
    for (int i = 0; i < snapshot.size; i++) {
      tape.put(base + i, numbers[i]);
    }
    pending = snapshot.objects;
    return result;
  }

  /** The exposed object the glue asks for while rebuilding the last result ({@code k} counts from 0). */
  Object pending(int k) {
    return pending.get(k);
  }

  /** An element that does not fit its declared type; the message follows "the result" and the path. */
  private static final class ElementError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    String path = "";

    ElementError(String message) {
      super(message, null, false, false);
    }

    static ElementError isNull(JsType type) {
      return new ElementError(" is null, but " + type.description() + " cannot be null inside a value JavaScript"
          + " gets a copy of");
    }

    static ElementError wrongClass(String expected, Object value) {
      String name = value.getClass().getSimpleName();
      if (name.isEmpty()) {
        name = "Java object of another class"; // anonymous or hidden classes have no name worth showing
      }
      boolean vowel = "AEIOUaeiou".indexOf(name.charAt(0)) >= 0;
      return new ElementError(" must be " + expected + ", got " + (vowel ? "an " : "a ") + name);
    }
  }

  /**
   * The whole result, read: numbers as they go on the tape, the strings back to back, the exposed
   * objects in order. Made per call, so a nested call (from user code this one runs) has its own.
   */
  private static final class Snapshot {
    double[] numbers = new double[16];
    int size;
    final StringBuilder strings = new StringBuilder();
    final List<Object> objects = new ArrayList<Object>();
    private int depth;

    private void num(double x) {
      if (size == numbers.length) {
        if (size >= Tape.MAX_NUMBERS) {
          throw new BoundaryError(BoundaryError.Kind.RANGE_ERROR, "too large to copy: more than " + Tape.MAX_NUMBERS
              + " numbers");
        }
        numbers = Arrays.copyOf(numbers, (int) Math.min(Tape.MAX_NUMBERS, 2L * size));
      }
      numbers[size++] = x;
    }

    private void string(String s) {
      num(s.length());
      strings.append(s);
    }

    /** Checks that a non-null element is a {@code box} (the declared type erased away, a raw list may hold anything). */
    private static void expect(Class<?> box, JsType type, Object value) {
      if (!box.isInstance(value)) {
        throw ElementError.wrongClass(type.description(), value);
      }
    }

    void write(JsType type, Object value, boolean top) {
      switch (type.kind()) {
        case BOOLEAN:
          if (flag(type, value, Boolean.class)) {
            num(((Boolean) value) ? 1 : 0);
          }
          return;
        case BYTE:
          if (flag(type, value, Byte.class)) {
            num((Byte) value);
          }
          return;
        case SHORT:
          if (flag(type, value, Short.class)) {
            num((Short) value);
          }
          return;
        case INT:
          if (flag(type, value, Integer.class)) {
            num((Integer) value);
          }
          return;
        case DOUBLE:
          if (flag(type, value, Double.class)) {
            num((Double) value);
          }
          return;
        case FLOAT:
          if (flag(type, value, Float.class)) {
            num(((Float) value).doubleValue()); // the double it widens to, as a float result
          }
          return;
        case LONG:
          if (flag(type, value, Long.class)) {
            long n = (Long) value;
            if (n > JsValues.MAX_SAFE_INTEGER || n < -JsValues.MAX_SAFE_INTEGER) {
              throw new BoundaryError(BoundaryError.Kind.RANGE_ERROR, "the long " + n
                  + " in the result cannot cross as a JavaScript number exactly (|n| must be <= 2^53-1)");
            }
            num(n);
          }
          return;
        case CHAR:
          if (flag(type, value, Character.class)) {
            num((Character) value);
          }
          return;
        case STRING:
          if (value == null) {
            num(-1);
          } else {
            expect(String.class, type, value);
            string((String) value);
          }
          return;
        case ENUM:
          if (value == null) {
            num(-1);
          } else {
            expect(type.javaClass(), type, value);
            string(((Enum<?>) value).name());
          }
          return;
        case OBJECT:
          if (value == null) {
            num(0); // a null exposed object is null, as a single result is
          } else {
            expect(type.javaClass(), type, value);
            objects.add(value);
            num(objects.size());
          }
          return;
        default:
          composite((JsComposite) type, value, top);
      }
    }

    /** Writes a nullable primitive's presence marker; answers whether a value (a {@code box}) follows. */
    private boolean flag(JsType type, Object value, Class<?> box) {
      if (type.nullable()) {
        num(value == null ? 0 : 1);
        if (value == null) {
          return false;
        }
      } else if (value == null) {
        throw ElementError.isNull(type);
      }
      expect(box, type, value);
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
        Object present = presentValue(type, value);
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
          throw ElementError.isNull(type);
        }
        expect(type.shape().javaClass(), type, value);
        value(type.shape(), value);
        return;
      }
      if (value == null) {
        if (!nullable) {
          throw ElementError.isNull(type);
        }
        num(-1);
        return;
      }
      expect(type.javaClass(), type, value); // List, Set, Map, int[], Item[], ...
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
          entries(type, (Map<?, ?>) value);
          return;
        default:
          throw new IllegalStateException("no encoding for " + type);
      }
    }

    /**
     * The count goes first, so a collection that another thread changes while it is copied (which a
     * synchronized or concurrent collection allows) is an error rather than a corrupted tape.
     */
    private void entries(JsComposite type, Map<?, ?> map) {
      JsType element = type.element();
      JsEnum<?> keys = type.keys();
      int size = map.size();
      num(size);
      int i = 0;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (i++ == size) {
          throw new ConcurrentModificationException("the map changed while it was copied");
        }
        Object key = entry.getKey();
        Object elementValue = entry.getValue();
        if (key == null) {
          throw new BoundaryError(BoundaryError.Kind.TYPE_ERROR, "the result has a null map key, which cannot"
              + " be a JavaScript property name");
        }
        String name;
        if (keys != null ? keys.javaClass().isInstance(key) : key instanceof String) {
          name = key instanceof Enum ? ((Enum<?>) key).name() : (String) key;
        } else {
          throw ElementError.wrongClass(keys != null ? "a key that is " + keys.description() : "a string key", key);
        }
        string(name);
        try {
          write(element, elementValue, false);
        } catch (ElementError e) {
          e.path = "[" + JsNames.literal(name) + "]" + e.path;
          throw e;
        }
      }
      if (i != size) {
        throw new ConcurrentModificationException("the map changed while it was copied");
      }
    }

    /** The value of an {@code Optional} (or {@code OptionalInt}, …), boxed; null when empty (or null). */
    private static Object presentValue(JsType type, Object optional) {
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
      if (optional != null) {
        expect(type.javaClass(), type, optional);
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
        } catch (ElementError failure) {
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
        } catch (ElementError e) {
          e.path = "." + shape.names().get(i) + e.path;
          throw e;
        }
      }
    }

    private void primitives(Object array) {
      if (array instanceof int[]) {
        int[] ints = (int[]) array;
        num(ints.length);
        for (int x : ints) {
          num(x);
        }
      } else if (array instanceof double[]) {
        double[] doubles = (double[]) array;
        num(doubles.length);
        for (double x : doubles) {
          num(x);
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
}
