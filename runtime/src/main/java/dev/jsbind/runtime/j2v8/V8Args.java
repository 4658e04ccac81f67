package dev.jsbind.runtime.j2v8;

import com.eclipsesource.v8.V8Array;
import dev.jsbind.runtime.binding.JsArgs;
import dev.jsbind.runtime.binding.JsComposite;
import dev.jsbind.runtime.binding.JsEnum;
import dev.jsbind.runtime.binding.JsFunction;
import dev.jsbind.runtime.binding.JsParam;
import dev.jsbind.runtime.binding.JsType;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/**
 * The arguments of one native call, copied out of the frame and the slots (see
 * {@link ArgumentSlots}) as soon as the call starts: the Java member may call back into
 * JavaScript, which reuses both for its own calls. The glue has already checked every value
 * against its declared type; since the frame and the slots are memory V8 can write, each value is
 * checked again as it is copied (see {@link Untrusted}), so reads only convert.
 */
final class V8Args implements JsArgs {
  private final Member member;
  private final ObjectTable objects;
  private final SlotValues slotValues;
  private final double[] numbers;
  private final Object[] references;
  /** Where the rest parameter's elements start (its count is in that slot), or -1. */
  private final int restIndex;

  V8Args(Member member, ByteBuffer frame, V8Array slots, ObjectTable objects, Tape tape, SlotValues slotValues)
      throws Throwable {
    this.member = member;
    this.objects = objects;
    this.slotValues = slotValues;
    JsParam[] params = member.params;
    restIndex = params.length > 0 && params[params.length - 1].rest() ? params.length - 1 : -1;
    int size = params.length;
    if (restIndex >= 0) {
      int count = Untrusted.count(frame.getDouble(8 * ArgumentSlots.of(restIndex)), ArgumentSlots.SLOTS);
      if (count < 0 || ArgumentSlots.of(restIndex + 1 + count) > ArgumentSlots.SLOTS) {
        throw new IllegalStateException(member.where + ": " + count + " rest arguments do not fit the slots");
      }
      size = restIndex + count;
    }
    numbers = new double[size];
    // The ids of the functions and promises the glue kept for this call, read first: until each
    // has its handle below, a failure must give them back, or they would stay kept until close().
    for (int p = 0; p < size; p++) {
      if (keptFor(paramAt(p).type())) {
        numbers[p] = Untrusted.id(frame.getDouble(8 * slotOf(p))); // -1 (no id) when corrupted
      }
    }
    Object[] refs = null;
    int claimed = 0;
    try {
      for (int p = 0; p < size; p++) {
        JsType type = paramAt(p).type();
        int slot = slotOf(p);
        if (keptFor(type)) {
          Untrusted.number(type, numbers[p]); // read above; a corrupted id is refused here
          continue;
        }
        if (type instanceof JsComposite) {
          if (refs == null) {
            refs = new Object[size];
          }
          // Decoded below, once every slot is read: decoding may run user code (a value's
          // constructor), which may call scripts, which reuse the slots (issue 11, class 3).
          numbers[p] = Untrusted.id(frame.getDouble(8 * slot));
          refs[p] = strings(slots, slot);
        } else if (ArgumentSlots.inFrame(type)) {
          numbers[p] = Untrusted.number(type, frame.getDouble(8 * slot));
          if (type.kind() == JsType.Kind.OBJECT) {
            // Checked now, with every other argument, rather than when the member reads it: a call
            // is accepted or refused as a whole, before any function or promise is handed to Java.
            objectAt(p, type.javaClass());
          }
        } else {
          if (refs == null) {
            refs = new Object[size];
          }
          // Strings, chars and boxes: J2V8 answers String, Integer, Double, Boolean or null.
          // Strings and chars with one JNI call (J2V8 refuses a non-string); boxes through get().
          refs[p] = checked(type, type.kind() == JsType.Kind.STRING || type.kind() == JsType.Kind.CHAR
              ? slots.getString(slot) : slots.get(slot));
        }
      }
      for (int p = 0; p < size; p++) {
        JsType type = paramAt(p).type();
        if (type instanceof JsComposite) {
          refs[p] = copied(p, (JsComposite) type, (int) numbers[p], (String) refs[p], tape);
          numbers[p] = 0;
        }
      }
      for (; claimed < size; claimed++) {
        JsType type = paramAt(claimed).type();
        if (keptFor(type) && numbers[claimed] != 0) {
          if (refs == null) {
            refs = new Object[size];
          }
          // Now, not when read: a handle the member never reads must still become unreachable. After
          // the loops above: following a promise calls the glue, which may reuse the frame.
          refs[claimed] = slotValues.composite(type, (int) numbers[claimed]);
        }
      }
    } catch (Throwable refused) {
      for (int p = claimed; p < size; p++) {
        if (keptFor(paramAt(p).type()) && numbers[p] > 0) {
          slotValues.forget(paramAt(p).type(), (int) numbers[p]);
        }
      }
      throw refused;
    }
    references = refs;
  }

  /**
   * Decodes a copied argument (see {@link ValueReader}): the glue put where it starts on the tape
   * in the frame, and the strings of the call in the slot.
   */
  private Object copied(int p, JsComposite type, int start, String strings, Tape tape) throws Throwable {
    try {
      return new ValueReader(tape, start, strings, objects).read(type);
    } catch (ValueReader.ElementError e) {
      JsParam param = paramAt(p);
      String subject = member.kind == Member.Kind.SETTER || member.kind == Member.Kind.STATIC_SETTER
          ? member.where + ": the value" : member.where + ": argument " + (p + 1) + " (" + param.name() + ")";
      throw new BoundaryError(BoundaryError.Kind.TYPE_ERROR, subject + e.path + e.getMessage());
    }
  }

  private static String strings(V8Array slots, int slot) {
    String strings = slots.getString(slot);
    if (strings == null) {
      throw notChecked(null);
    }
    return strings;
  }

  /** A string, char or box from the slots, if it is one of {@code type} (see {@link Untrusted}). */
  private static Object checked(JsType type, Object value) {
    if (value == null) {
      if (type.nullable() || type.kind() == JsType.Kind.STRING) {
        return null;
      }
      throw notChecked(null);
    }
    switch (type.kind()) {
      case STRING:
        if (value instanceof String) {
          return value;
        }
        break;
      case CHAR:
        if (value instanceof String && ((String) value).length() == 1) {
          return value;
        }
        break;
      case BOOLEAN:
        if (value instanceof Boolean) {
          return value;
        }
        break;
      default:
        if (value instanceof Integer || value instanceof Double) {
          Untrusted.number(type, ((Number) value).doubleValue());
          return value;
        }
        break;
    }
    throw notChecked(value);
  }

  private static BoundaryError notChecked(Object value) {
    if (value instanceof com.eclipsesource.v8.Releasable) {
      ((com.eclipsesource.v8.Releasable) value).release();
    }
    return new BoundaryError(BoundaryError.Kind.TYPE_ERROR,
        "jsbind: a value crossing to Java was changed after it was checked");
  }

  /**
   * Gives back what the glue kept for the arguments of a call refused before its arguments were
   * read (a receiver of the wrong class): the frame still holds them, as no script ran since.
   */
  static void forgetKept(Member member, ByteBuffer frame, SlotValues slotValues) {
    JsParam[] params = member.params;
    boolean rest = params.length > 0 && params[params.length - 1].rest();
    int fixed = rest ? params.length - 1 : params.length;
    int count = rest ? (int) frame.getDouble(8 * ArgumentSlots.of(fixed)) : 0; // bounded below
    if (count < 0 || ArgumentSlots.of(fixed + 1 + count) > ArgumentSlots.SLOTS) {
      count = 0;
    }
    double[] ids = new double[fixed + count];
    for (int p = 0; p < ids.length; p++) {
      JsType type = (p < fixed ? params[p] : params[fixed]).type();
      ids[p] = keptFor(type) ? Untrusted.id(frame.getDouble(8 * (p < fixed ? ArgumentSlots.of(p) : ArgumentSlots.of(p + 1)))) : 0;
    }
    for (int p = 0; p < ids.length; p++) { // after reading all: forgetting one reuses the frame
      if (ids[p] > 0) {
        slotValues.forget((p < fixed ? params[p] : params[fixed]).type(), (int) ids[p]);
      }
    }
  }

  private static boolean keptFor(JsType type) {
    return type.kind() == JsType.Kind.FUNCTION || type.kind() == JsType.Kind.PROMISE;
  }

  /** The slot of argument {@code p}: a rest parameter's count takes its own slot; its elements follow. */
  private int slotOf(int p) {
    return restIndex >= 0 && p >= restIndex ? ArgumentSlots.of(p + 1) : ArgumentSlots.of(p);
  }

  /** The declared parameter behind argument {@code index}: a rest parameter stands for all its elements. */
  private JsParam paramAt(int index) {
    return restIndex >= 0 && index >= restIndex ? member.params[restIndex] : member.params[index];
  }

  @Override
  public int size() {
    return numbers.length;
  }

  @Override
  public boolean booleanAt(int index) {
    return numbers[index] != 0;
  }

  @Override
  public byte byteAt(int index) {
    return (byte) numbers[index];
  }

  @Override
  public short shortAt(int index) {
    return (short) numbers[index];
  }

  @Override
  public int intAt(int index) {
    return (int) numbers[index];
  }

  @Override
  public long longAt(int index) {
    return (long) numbers[index];
  }

  @Override
  public float floatAt(int index) {
    return (float) numbers[index];
  }

  @Override
  public double doubleAt(int index) {
    return numbers[index];
  }

  @Override
  public char charAt(int index) {
    return ((String) references[index]).charAt(0);
  }

  @Override
  public String stringAt(int index) {
    return (String) references[index];
  }

  @Override
  public Boolean boxedBooleanAt(int index) {
    return (Boolean) references[index];
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
    String s = (String) references[index];
    return s == null ? null : Character.valueOf(s.charAt(0));
  }

  @Override
  public <E extends Enum<E>> E enumAt(int index, Class<E> type) {
    int ordinal = (int) numbers[index];
    if (ordinal < 0) {
      return null;
    }
    JsType declared = paramAt(index).type();
    if (!(declared instanceof JsEnum) || declared.javaClass() != type) {
      throw new IllegalStateException(member.where + ": argument " + (index + 1) + " is declared as " + declared
          + " but read as " + type.getName() + " (a stale binding? recompile with the jsbind processor)");
    }
    return type.cast(((JsEnum<?>) declared).constant(ordinal));
  }

  @Override
  public <T> T objectAt(int index, Class<T> type) {
    int id = (int) numbers[index];
    JsParam param = paramAt(index);
    // Id 0 stands for null (@JsNullable) or an omitted optional argument.
    if (id == 0 && (param.type().nullable() || param.optional())) {
      return null;
    }
    Object object = objects.get(id);
    if (!type.isInstance(object)) {
      JsType declared = param.type();
      throw new BoundaryError(BoundaryError.Kind.TYPE_ERROR, member.where + ": argument " + (index + 1) + " ("
          + param.name() + ") must be " + declared.description() + ", got a "
          + (object == null ? "released object" : object.getClass().getSimpleName()));
    }
    return type.cast(object);
  }

  @Override
  @SuppressWarnings("unchecked") // decoded as the declared type, which the generated code names
  public <T> T valueAt(int index) {
    return (T) references[index];
  }

  @Override
  public JsFunction functionAt(int index) {
    return references == null ? null : (JsFunction) references[index];
  }

  @Override
  @SuppressWarnings("unchecked") // the glue checked the promise's values against the declared type
  public <T> CompletableFuture<T> futureAt(int index) {
    return references == null ? null : (CompletableFuture<T>) references[index];
  }

  private Number number(int index) {
    return (Number) references[index];
  }
}
