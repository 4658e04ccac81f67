package dev.jsbind.runtime.j2v8;

import com.eclipsesource.v8.V8;
import com.eclipsesource.v8.V8Array;
import com.eclipsesource.v8.V8Object;
import dev.jsbind.runtime.binding.JsComposite;
import dev.jsbind.runtime.binding.JsPromiseType;
import dev.jsbind.runtime.binding.JsType;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletionStage;

/**
 * Turns Java values into what J2V8 hands to JavaScript: member results for the glue, and globals
 * set by {@code JsRuntime.set}. Exposed objects become their wrappers, one per Java object while
 * scripts can reach it.
 */
final class JavaValues {
  private final V8 v8;
  private final Templates templates;
  private final ObjectTable objects;
  private final ByteBuffer frame;
  private final V8Array slots;
  private final V8Object helpers;
  private ValueWriter valueWriter;
  private PromiseBridge promises;

  JavaValues(V8 v8, Templates templates, ObjectTable objects, ByteBuffer frame, V8Array slots, V8Object helpers) {
    this.v8 = v8;
    this.templates = templates;
    this.objects = objects;
    this.frame = frame;
    this.slots = slots;
    this.helpers = helpers;
  }

  /** Lets results of copied types (arrays, collections, values) be encoded on the tape. */
  void copyValuesWith(ValueWriter writer) {
    this.valueWriter = writer;
  }

  /** Converts a member's Java result for the glue; for objects this must be the callback's last step. */
  Object toJs(JsType type, Object value) {
    if (type instanceof JsComposite) {
      return valueWriter.write(type, value); // the glue rebuilds it from the tape (values.js)
    }
    if (value == null) {
      return null;
    }
    switch (type.kind()) {
      case VOID:
        return null;
      case BYTE:
      case SHORT:
        return ((Number) value).intValue();
      case LONG:
        return JsValues.exactLong((Long) value);
      case FLOAT:
        return ((Float) value).doubleValue();
      case CHAR:
        return String.valueOf(((Character) value).charValue());
      case ENUM:
        return ((Enum<?>) value).name();
      case OBJECT:
        ReturnableObject wrapper = wrapperFor(value);
        wrapper.makeWeak(); // no V8 allocation may happen between this and the return
        return wrapper.lend();
      case FUNCTION:
      case ITERABLE:
      case ITERATOR:
        // A plain wrapper, hidden inside the function or iterable the glue makes for it.
        ReturnableObject plain = wrapperAt(value, false, ArgumentSlots.NEW_WRAPPER);
        plain.makeWeak();
        return plain.lend();
      case PROMISE:
        return (double) promises.register((CompletionStage<?>) value, (JsPromiseType) type);
      case STRING:
        return JsValues.fitting((String) value, "the result");
      default:
        return value; // Boolean, Integer, Double: J2V8 converts them as they are
    }
  }

  /**
   * The wrapper of {@code object}: the live one if JavaScript still holds it (identity), else a new
   * object with the template's prototype, whose id waits in the frame for the glue to brand it.
   */
  private ReturnableObject wrapperFor(Object object) {
    V8Object prototype = templates.prototypeFor(object); // may run JavaScript: before reading handles
    ReturnableObject existing = objects.wrapperOf(object);
    if (existing != null) {
      return existing;
    }
    // The values of its final fields travel with it (FinalFields), read before any handle is made.
    int maker = templates.forInstance(object).finals.write(object, frame, slots);
    ReturnableObject wrapper = new ReturnableObject(v8);
    wrapper.setPrototype(prototype);
    frame.putDouble(8 * ArgumentSlots.NEW_WRAPPER_FINALS, maker);
    frame.putDouble(8 * ArgumentSlots.NEW_WRAPPER, objects.put(object, wrapper));
    return wrapper;
  }

  void promises(PromiseBridge promises) {
    this.promises = promises;
  }

  /**
   * The wrapper of {@code object} (with its class template's prototype if {@code exposed}): the
   * live one, with 0 in frame slot {@code idSlot}, or a new one whose id is put there for the glue
   * to brand.
   */
  ReturnableObject wrapperAt(Object object, boolean exposed, int idSlot) {
    // May run JavaScript: first. The prototype is the combined one where the class has several
    // exposed supertypes. Final fields are not carried here: their getters then read through Java.
    V8Object prototype = exposed ? templates.prototypeFor(object) : null;
    ReturnableObject existing = objects.wrapperOf(object);
    if (existing != null) {
      frame.putDouble(8 * idSlot, 0);
      return existing;
    }
    ReturnableObject wrapper = new ReturnableObject(v8);
    if (prototype != null) {
      wrapper.setPrototype(prototype);
    }
    if (idSlot == ArgumentSlots.NEW_WRAPPER) {
      frame.putDouble(8 * ArgumentSlots.NEW_WRAPPER_FINALS, 0); // adopt() reads it: no record to make
    }
    frame.putDouble(8 * idSlot, objects.put(object, wrapper));
    return wrapper;
  }

  void setGlobal(String name, Object value) {
    if (name.length() > JsValues.MAX_STRING_LENGTH) {
      throw new IllegalArgumentException("a global's name cannot be longer than " + JsValues.MAX_STRING_LENGTH
          + " characters"); // J2V8 would crash the JVM making it
    }
    if (value == null) {
      v8.addNull(name);
    } else if (value instanceof Boolean) {
      v8.add(name, ((Boolean) value).booleanValue());
    } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      v8.add(name, ((Number) value).intValue());
    } else if (value instanceof Long) {
      v8.add(name, safeLongArgument((Long) value));
    } else if (value instanceof Double || value instanceof Float) {
      v8.add(name, ((Number) value).doubleValue());
    } else if (value instanceof Character || value instanceof String) {
      if (value.toString().length() > JsValues.MAX_STRING_LENGTH) {
        throw new IllegalArgumentException("cannot hand a string of " + value.toString().length() + " characters to"
            + " JavaScript: the longest it holds has " + JsValues.MAX_STRING_LENGTH);
      }
      v8.add(name, value.toString());
    } else if (value instanceof Enum) {
      v8.add(name, ((Enum<?>) value).name());
    } else if (templates.isExposed(value.getClass())) {
      setWrapper(name, value);
    } else {
      throw new IllegalArgumentException("cannot hand a " + value.getClass().getName() + " to JavaScript: expected"
          + " null, Boolean, Byte, Short, Integer, Long, Float, Double, Character, String, an enum or an"
          + " instance of a @JsExposed class");
    }
  }

  private static double safeLongArgument(long value) {
    if (value > JsValues.MAX_SAFE_INTEGER || value < -JsValues.MAX_SAFE_INTEGER) {
      throw new IllegalArgumentException("the long " + value + " cannot cross as a JavaScript number exactly"
          + " (|n| must be <= 2^53-1)");
    }
    return value;
  }

  private void setWrapper(String name, Object value) {
    ReturnableObject wrapper = wrapperFor(value);
    v8.add(name, wrapper);
    if (!wrapper.weak()) {
      // New: brand it (its id waits in the frame), then let V8 collect it once scripts drop it.
      slots.add("0", wrapper);
      helpers.executeVoidFunction("adoptSlot", null);
      wrapper.makeWeak();
    }
  }
}
