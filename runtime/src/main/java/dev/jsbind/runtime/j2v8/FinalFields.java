package dev.jsbind.runtime.j2v8;

import com.eclipsesource.v8.V8Array;
import dev.jsbind.runtime.binding.ClassTemplate;
import dev.jsbind.runtime.binding.JsType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The final fields of primitive or String type that a class's wrappers carry as JavaScript values,
 * so that reading one never calls Java (issue 6).
 *
 * <p>When Java makes a wrapper, it reads the fields (of the class and of its exposed superclasses)
 * once and leaves their values in the frame and the slots, as it leaves arguments (see
 * {@link ArgumentSlots}), with the number of this class's record maker; the glue's {@code adopt}
 * then builds the wrapper's record (an object whose only prototype is empty and frozen, kept by
 * the wrapper's id in the bootstrap's private {@code records}), with one entry per field under a
 * key of the declaring template. The prototype's getter checks the receiver as always, answers
 * from the record, and calls Java only when the record lacks the key: a wrapper's record holds only
 * the fields of its own Java object's classes, so a Counter's getter called on a Point's wrapper
 * finds no Counter key and asks Java, which refuses the receiver.
 *
 * <p>A final field is taken to be final: a value changed later through reflection is not seen, and
 * a wrapper made while the constructor still runs (the object handed to JavaScript before it
 * assigned the field) keeps the value the field had then.
 */
final class FinalFields {
  static final FinalFields NONE = new FinalFields(0, Collections.<Field>emptyList());

  /** One field: its getter, the key of its value in the record, and where the value travels. */
  static final class Field {
    final Member getter;
    final String key;
    final int slot;

    Field(Member getter, String key, int slot) {
      this.getter = getter;
      this.key = key;
      this.slot = slot;
    }
  }

  /** The number of the template whose maker builds the record (0: the wrappers carry none). */
  final int maker;
  /** The fields of the exposed superclasses first, then the class's own. */
  final List<Field> fields;

  private FinalFields(int maker, List<Field> fields) {
    this.maker = maker;
    this.fields = fields;
  }

  /** Whether a final field of this type can be carried: non-null primitives, chars, and strings. */
  static boolean canHold(JsType type) {
    switch (type.kind()) {
      case BOOLEAN:
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case FLOAT:
      case DOUBLE:
      case CHAR:
        return !type.nullable();
      case STRING:
        return true;
      default:
        return false;
    }
  }

  /**
   * The fields of template number {@code template} with these members, after those of its exposed
   * superclass ({@code parent}). Fields beyond the slots stay plain getters.
   */
  static FinalFields of(int template, List<Member> members, FinalFields parent) {
    List<Field> fields = new ArrayList<Field>(parent.fields);
    for (Member member : members) {
      int slot = ArgumentSlots.of(fields.size());
      if (member.fixed() && slot < ArgumentSlots.SLOTS) {
        fields.add(new Field(member, template + "." + member.jsName, slot));
      }
    }
    return fields.isEmpty() ? NONE : new FinalFields(template, Collections.unmodifiableList(fields));
  }

  /** The key of a getter's value in the record, or null if it is not carried. */
  String keyOf(Member getter) {
    for (Field field : fields) {
      if (field.getter == getter) {
        return field.key;
      }
    }
    return null;
  }

  /**
   * Leaves the values of {@code object}'s fields where the maker reads them; answers the maker's
   * number, or 0 if the wrapper is to carry no record (a getter failed: the reads then ask Java).
   */
  @SuppressWarnings("unchecked") // the getters were declared for a class of which object is an instance
  int write(Object object, ByteBuffer frame, V8Array slots) {
    if (maker == 0) {
      return 0;
    }
    // Every getter first: if one fails, nothing was written (no value is left in a slot that no
    // record maker will read and clear).
    Object[] values = new Object[fields.size()];
    try {
      for (int i = 0; i < values.length; i++) {
        values[i] = ((ClassTemplate.Getter<Object>) fields.get(i).getter.body).get(object);
      }
    } catch (Error e) {
      throw e;
    } catch (Throwable failure) {
      return 0;
    }
    for (int i = 0; i < values.length; i++) {
      Field field = fields.get(i);
      Object value = values[i];
      String slot = Integer.toString(field.slot);
      switch (field.getter.returns.kind()) {
        case BOOLEAN:
          frame.putDouble(8 * field.slot, (Boolean) value ? 1 : 0);
          break;
        case CHAR:
          slots.add(slot, String.valueOf(((Character) value).charValue()));
          break;
        case STRING:
          if (value == null) {
            slots.addNull(slot);
          } else if (((String) value).length() > JsValues.MAX_STRING_LENGTH) {
            slots.addUndefined(slot); // the getter asks Java, whose answer is the RangeError
          } else {
            slots.add(slot, (String) value);
          }
          break;
        default:
          // A long beyond 2^53-1 arrives rounded beyond it: the maker leaves it to the getter.
          frame.putDouble(8 * field.slot, ((Number) value).doubleValue());
          break;
      }
    }
    return maker;
  }
}
