package dev.jsbind.runtime.j2v8;

import com.eclipsesource.v8.V8Array;
import dev.jsbind.runtime.JsException;
import dev.jsbind.runtime.binding.JsEnum;
import dev.jsbind.runtime.binding.JsFunctionType;
import dev.jsbind.runtime.binding.JsPromiseType;
import dev.jsbind.runtime.binding.JsType;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Single values crossing through one slot of the frame or the private slot array (see
 * {@link ArgumentSlots}) outside a member call: the arguments Java passes to a script's function
 * and the value of a promise Java settles ({@link #write}), and a script function's result or a
 * script promise's value, already checked by the glue ({@link #read}). The JavaScript half is
 * {@code ShimWriter.fromJava}/{@code writeSlot}.
 */
final class SlotValues {
  /** Where the glue leaves a result, a settled value or a thrown error (slots 3 to 6). */
  static final int RESULT = ArgumentSlots.of(1);

  private final ByteBuffer frame;
  private final V8Array slots;
  private final ObjectTable objects;
  private final JavaValues values;
  private final ErrorBridge errors;
  private FunctionBridge functions;
  private PromiseBridge promises;

  SlotValues(ByteBuffer frame, V8Array slots, ObjectTable objects, JavaValues values, ErrorBridge errors) {
    this.frame = frame;
    this.slots = slots;
    this.objects = objects;
    this.values = values;
    this.errors = errors;
  }

  void bridges(FunctionBridge functions, PromiseBridge promises) {
    this.functions = functions;
    this.promises = promises;
  }

  /**
   * Puts {@code value} in slot {@code slot} for the glue to read as a {@code type}. A wrapper made
   * here is strong until the glue has adopted it: it is added to {@code fresh}, for the caller to
   * make weak once the JavaScript call returned.
   */
  void write(JsType type, Object value, int slot, List<ReturnableObject> fresh) {
    String key = String.valueOf(slot);
    if (!type.nullable()) {
      switch (type.kind()) {
        case BOOLEAN:
          frame.putDouble(8 * slot, ((Boolean) value) ? 1 : 0);
          return;
        case BYTE:
        case SHORT:
        case INT:
        case LONG:
        case FLOAT:
        case DOUBLE:
          frame.putDouble(8 * slot, number(type, value));
          return;
        default:
          break;
      }
    }
    if (value == null) {
      slots.addNull(key);
      frame.putDouble(8 * slot, 0);
      return;
    }
    switch (type.kind()) {
      case OBJECT:
      case FUNCTION:
      case ITERABLE:
      case ITERATOR:
        ReturnableObject wrapper = values.wrapperAt(value, type.kind() == JsType.Kind.OBJECT, slot);
        slots.add(key, wrapper);
        if (!wrapper.weak()) {
          fresh.add(wrapper);
        }
        return;
      case PROMISE:
        frame.putDouble(8 * slot, promises.register((CompletionStage<?>) value, (JsPromiseType) type));
        return;
      case STRING:
        slots.add(key, JsValues.fitting((String) value, "the value"));
        return;
      case CHAR:
        slots.add(key, String.valueOf(((Character) value).charValue()));
        return;
      case ENUM:
        slots.add(key, ((Enum<?>) value).name());
        return;
      case BOOLEAN:
        slots.add(key, ((Boolean) value).booleanValue());
        return;
      case BYTE:
      case SHORT:
      case INT:
        slots.add(key, ((Number) value).intValue());
        return;
      default:
        slots.add(key, number(type, value));
        return;
    }
  }

  /**
   * Puts the arguments of a call to a script function of {@code type} in the argument slots.
   * Handing a future over runs user code (its {@code whenComplete}), which may call scripts that
   * reuse the slots: every future is registered before the first slot is written.
   */
  void writeArguments(JsFunctionType type, Object[] arguments, List<ReturnableObject> fresh) {
    double[] promiseIds = null;
    for (int p = 0; p < arguments.length; p++) {
      JsType param = type.param(p).type();
      if (param.kind() == JsType.Kind.PROMISE && arguments[p] != null) {
        if (promiseIds == null) {
          promiseIds = new double[arguments.length];
        }
        promiseIds[p] = promises.register((CompletionStage<?>) arguments[p], (JsPromiseType) param);
      }
    }
    for (int p = 0; p < arguments.length; p++) {
      JsType param = type.param(p).type();
      if (param.kind() == JsType.Kind.PROMISE && arguments[p] != null) {
        frame.putDouble(8 * ArgumentSlots.of(p), promiseIds[p]);
      } else {
        write(param, arguments[p], ArgumentSlots.of(p), fresh);
      }
    }
  }

  private static double number(JsType type, Object value) {
    if (type.kind() == JsType.Kind.LONG) {
      long n = (Long) value;
      if (n > JsValues.MAX_SAFE_INTEGER || n < -JsValues.MAX_SAFE_INTEGER) {
        throw new BoundaryError(BoundaryError.Kind.RANGE_ERROR, "the long " + n
            + " cannot cross as a JavaScript number exactly (|n| must be <= 2^53-1)");
      }
      return n;
    }
    return ((Number) value).doubleValue();
  }

  /**
   * The value of a {@code type} the glue checked and left in slot {@code slot}; the slot is emptied
   * (issue 11: nothing outlives its call).
   */
  Object read(JsType type, int slot, String where) {
    double number = frame.getDouble(8 * slot);
    frame.putDouble(8 * slot, 0);
    if (travelsInSlot(type)) {
      try {
        return readFromSlot(type, slot);
      } finally {
        slots.addNull(String.valueOf(slot));
      }
    }
    switch (type.kind()) {
      case VOID:
        return null;
      case ENUM:
        int ordinal = (int) Untrusted.number(type, number); // memory V8 can write: checked (Untrusted)
        return ordinal < 0 ? null : ((JsEnum<?>) type).constant(ordinal);
      case OBJECT:
        int id = (int) Untrusted.number(type, number);
        if (id == 0) {
          return null;
        }
        Object object = objects.get(id);
        if (!type.javaClass().isInstance(object)) {
          throw new JsException("TypeError", where + " must be " + type.description() + ", got a "
              + (object == null ? "released object" : object.getClass().getSimpleName()), "", null);
        }
        return object;
      case FUNCTION:
      case PROMISE:
        return number == 0 ? null : composite(type, (int) Untrusted.number(type, number));
      default:
        return boxed(type.kind(), Untrusted.number(type, number));
    }
  }

  /** Whether the glue leaves a value of this type in the slots rather than the frame: strings, chars, boxes. */
  private static boolean travelsInSlot(JsType type) {
    switch (type.kind()) {
      case VOID:
      case FUNCTION:
      case PROMISE:
        return false;
      default:
        return !ArgumentSlots.inFrame(type);
    }
  }

  private Object readFromSlot(JsType type, int slot) {
    switch (type.kind()) {
      case STRING:
        return slots.getString(slot);
      case CHAR:
        String s = slots.getString(slot);
        if (s != null && s.length() != 1) {
          throw Untrusted.corrupted(type.description(), s.length());
        }
        return s == null ? null : Character.valueOf(s.charAt(0));
      default:
        return boxed(type, slots.get(slot));
    }
  }

  /**
   * Empties slots and frame words {@code [from, from + count)}: for paths where the glue could not
   * (a call that failed before the glue ran, or was terminated inside it).
   */
  void clear(int from, int count) {
    for (int i = from; i < from + count; i++) {
      slots.addNull(String.valueOf(i));
      frame.putDouble(8 * i, 0);
    }
  }

  /** The Java side of the function or promise the glue kept under {@code id} for a {@code type}. */
  Object composite(JsType type, int id) {
    return type.kind() == JsType.Kind.FUNCTION
        ? functions.handle(id, (JsFunctionType) type)
        : promises.watch(id, (JsPromiseType) type);
  }

  /** Gives back the function or promise the glue kept under {@code id} for a call Java refused. */
  void forget(JsType type, int id) {
    if (type.kind() == JsType.Kind.FUNCTION) {
      functions.forget(id);
    } else {
      promises.forget(id);
    }
  }

  /**
   * The answer the glue left in slot {@code slot} for a settled script value of any type (see
   * {@code runAsync} in the bootstrap), read as {@code eval} reads its result.
   */
  Object readAnswer(int slot) {
    V8Array answer = slots.getArray(slot);
    try {
      return ScriptResults.read(answer, true, objects, errors);
    } finally {
      answer.release();
      slots.addNull(String.valueOf(slot));
    }
  }

  /** The error a script function threw or a script promise was rejected with (slots 3 to 6). */
  JsException error() {
    try {
      return new JsException(slots.getString(RESULT), slots.getString(RESULT + 1), slots.getString(RESULT + 2),
          errors.causeOf(Untrusted.id(frame.getDouble(8 * (RESULT + 3)))));
    } finally {
      clear(RESULT, 4); // the error's name, message and stack must not outlive it (issue 11)
    }
  }

  /** A number (or boolean, or null) J2V8 read from the slots, as the box of {@code kind}. */
  private static Object boxed(JsType type, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Boolean && type.kind() == JsType.Kind.BOOLEAN) {
      return value;
    }
    if (!(value instanceof Number)) {
      if (value instanceof com.eclipsesource.v8.Releasable) {
        ((com.eclipsesource.v8.Releasable) value).release();
      }
      throw Untrusted.corrupted(type.description(), Double.NaN);
    }
    return boxed(type.kind(), Untrusted.number(type, ((Number) value).doubleValue()));
  }

  private static Object boxed(JsType.Kind kind, double n) {
    switch (kind) {
      case BOOLEAN:
        return n != 0;
      case BYTE:
        return (byte) n;
      case SHORT:
        return (short) n;
      case INT:
        return (int) n;
      case LONG:
        return (long) n;
      case FLOAT:
        return (float) n;
      default:
        return n;
    }
  }
}
