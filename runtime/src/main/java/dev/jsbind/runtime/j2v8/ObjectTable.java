package dev.jsbind.runtime.j2v8;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The Java objects that JavaScript holds wrappers of, by id, and their wrappers.
 *
 * <p>The id is all JavaScript knows (the glue maps wrapper → id in a private WeakMap), so a
 * script cannot forge one. The wrapper handle is weak: when JavaScript drops the wrapper and V8
 * collects it, J2V8 releases the handle; the slot is then reclaimed by the next {@link #sweep},
 * which runs when the table fills up, so the cost is amortised and nothing happens per call.
 * Reusing a slot's id is safe because the only wrapper that carried it is gone.
 *
 * <p>V8 only processes weak handles in a full collection, and it does not know what the Java
 * objects behind small wrappers cost, so scripts that churn through wrappers would let the table
 * grow for a long time. Before a large table doubles, it therefore asks V8 for a full collection
 * and sweeps again: a script that keeps N wrappers alive holds O(N) Java objects, whatever it
 * drops.
 */
final class ObjectTable {
  private static final int MIN_CAPACITY = 256;
  /** Below this capacity growing is cheaper than a full V8 collection. */
  private static final int COLLECT_BEFORE_GROWING_FROM = 16384;

  private final Runnable fullCollection;

  private final Map<Object, Integer> ids = new IdentityHashMap<Object, Integer>();
  private Object[] objects = new Object[MIN_CAPACITY];
  private ReturnableObject[] wrappers = new ReturnableObject[MIN_CAPACITY];
  private int[] free = new int[MIN_CAPACITY];
  private int freeCount;
  private int used = 1; // id 0 means "none" in the shared frame, so ids start at 1

  /** {@code fullCollection} runs a full V8 GC; it must not touch handles the caller is using. */
  ObjectTable(Runnable fullCollection) {
    this.fullCollection = fullCollection;
  }

  /** The object with this id, or {@code null} if the id is not in use. */
  Object get(int id) {
    return id > 0 && id < used ? objects[id] : null;
  }

  /** The live wrapper of {@code object}, or {@code null} if it has none (or V8 collected it). */
  ReturnableObject wrapperOf(Object object) {
    Integer id = ids.get(object);
    if (id == null) {
      return null;
    }
    ReturnableObject wrapper = wrappers[id];
    return wrapper == null || wrapper.isReleased() ? null : wrapper;
  }

  /** Records {@code wrapper} as the wrapper of {@code object}; returns the id it now has. */
  int put(Object object, ReturnableObject wrapper) {
    Integer known = ids.get(object);
    int id = known != null ? known : allocate(object);
    wrappers[id] = wrapper;
    return id;
  }

  /** Ids in use, counting slots whose wrapper was collected but not yet swept. */
  int size() {
    return ids.size();
  }

  /** Forgets every object whose wrapper V8 has collected. */
  void sweep() {
    for (int id = 1; id < used; id++) {
      ReturnableObject wrapper = wrappers[id];
      if (wrapper != null && wrapper.isReleased()) {
        ids.remove(objects[id]);
        objects[id] = null;
        wrappers[id] = null;
        free[freeCount++] = id;
      }
    }
  }

  /** Drops every entry; the wrappers' weak handles die with the runtime. */
  void clear() {
    ids.clear();
    Arrays.fill(objects, null);
    Arrays.fill(wrappers, null);
    freeCount = 0;
    used = 1;
  }

  private int allocate(Object object) {
    if (freeCount == 0 && used == objects.length) {
      sweep();
      if (freeCount < objects.length / 4 && objects.length >= COLLECT_BEFORE_GROWING_FROM) {
        fullCollection.run();
        sweep();
      }
      if (freeCount < objects.length / 4) {
        grow();
      }
    }
    int id = freeCount > 0 ? free[--freeCount] : used++;
    objects[id] = object;
    ids.put(object, id);
    return id;
  }

  private void grow() {
    int capacity = objects.length * 2;
    objects = Arrays.copyOf(objects, capacity);
    wrappers = Arrays.copyOf(wrappers, capacity);
    free = Arrays.copyOf(free, capacity);
  }
}
