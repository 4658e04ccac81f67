package dev.jsbind.benchmarks.systems;

import com.eclipsesource.v8.V8;
import com.eclipsesource.v8.V8Object;
import java.util.Arrays;

/**
 * What a careful hand-written J2V8 user keeps for Java objects whose JavaScript objects scripts
 * create and drop ({@code new Point(…)}): Java object by id, plus a weak twin of the JS object so
 * the slot is reclaimed once V8 collects it. J2V8 only releases weak handles in a full V8 GC, so
 * before a large table grows it asks for one (the same policy as jsbind's object table: without
 * it the table grows as long as the script runs).
 */
final class WeakHandles {
  private static final int COLLECT_BEFORE_GROWING_FROM = 16384;
  private final V8 v8;
  private Object[] objects = new Object[256];
  private V8Object[] handles = new V8Object[256];
  private int[] free = new int[256];
  private int freeCount;
  private int used = 1;

  WeakHandles(V8 v8) {
    this.v8 = v8;
  }

  Object get(int id) {
    return id > 0 && id < used ? objects[id] : null;
  }

  /** Records {@code object} for the JS object {@code receiver} (held weakly); returns its id. */
  int add(Object object, V8Object receiver) {
    if (freeCount == 0 && used == objects.length) {
      sweep();
      if (freeCount < objects.length / 4 && objects.length >= COLLECT_BEFORE_GROWING_FROM) {
        v8.lowMemoryNotification();
        sweep();
      }
      if (freeCount < objects.length / 4) {
        objects = Arrays.copyOf(objects, objects.length * 2);
        handles = Arrays.copyOf(handles, handles.length * 2);
        free = Arrays.copyOf(free, free.length * 2);
      }
    }
    int id = freeCount > 0 ? free[--freeCount] : used++;
    V8Object weak = receiver.twin();
    weak.setWeak();
    objects[id] = object;
    handles[id] = weak;
    return id;
  }

  private void sweep() {
    for (int id = 1; id < used; id++) {
      if (handles[id] != null && handles[id].isReleased()) {
        objects[id] = null;
        handles[id] = null;
        free[freeCount++] = id;
      }
    }
  }
}
