package dev.jsbind.benchmarks.systems;

import com.eclipsesource.v8.V8;
import com.eclipsesource.v8.V8Array;
import com.eclipsesource.v8.V8Function;
import com.eclipsesource.v8.V8Object;
import dev.jsbind.benchmarks.model.Calc;
import dev.jsbind.benchmarks.model.Greeter;
import dev.jsbind.benchmarks.model.Ints;
import dev.jsbind.benchmarks.model.Item;
import dev.jsbind.benchmarks.model.Point;
import dev.jsbind.benchmarks.model.Repo;
import dev.jsbind.benchmarks.model.Scorer;
import dev.jsbind.benchmarks.model.Thrower;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * J2V8's reflective {@code registerJavaMethod(Object, String, String, Class[])}: J2V8 converts
 * the arguments itself (coercing: 3.7 becomes 3) and calls the method through reflection. Where
 * the model's own methods fit J2V8's accepted types they are registered directly; receivers,
 * wrappers and arrays go through small adapters with the floor's logic.
 */
final class J2v8ReflectiveSystem extends J2v8System {
  private static final String ID = "__id";
  private Adapters adapters;

  /** Methods J2V8 calls reflectively (they must be public). */
  public static final class Adapters {
    private final V8 v8;
    private final WeakHandles points;
    private final Repo repo = new Repo();
    private final Ints ints = new Ints();
    private final Map<Item, V8Object> itemWrappers = new IdentityHashMap<>();
    private final Item[] itemsById = new Item[Repo.SIZE];
    V8Object itemPrototype;

    Adapters(V8 v8) {
      this.v8 = v8;
      this.points = new WeakHandles(v8);
      for (int i = 0; i < Repo.SIZE; i++) {
        itemsById[i] = repo.item(i);
      }
    }

    public void construct(V8Object receiver, int x, int y) {
      receiver.add(ID, points.add(new Point(x, y), receiver));
    }

    public int getX(V8Object receiver) {
      Object self = points.get(J2v8FloorSystem.receiverId(receiver, "Point.getX"));
      if (!(self instanceof Point)) {
        throw new IllegalArgumentException("Illegal invocation: Point.getX");
      }
      return ((Point) self).getX();
    }

    public V8Object item(int index) {
      Item item = repo.item(index);
      V8Object wrapper = itemWrappers.get(item);
      if (wrapper == null) {
        wrapper = new V8Object(v8);
        wrapper.setPrototype(itemPrototype);
        wrapper.add(ID, item.getId());
        itemWrappers.put(item, wrapper);
      }
      return wrapper.twin();
    }

    public int id(V8Object receiver) {
      int id = J2v8FloorSystem.receiverId(receiver, "Item.id");
      Item self = id >= 0 && id < itemsById.length ? itemsById[id] : null;
      if (self == null) {
        throw new IllegalArgumentException("Illegal invocation: Item.id");
      }
      return self.getId();
    }

    public int apply(V8Function function, int x) {
      V8Array args = new V8Array(v8).push(x);
      try {
        Object result = function.call(null, args);
        if (!(result instanceof Integer)) {
          J2v8FloorSystem.release(result);
          throw new IllegalArgumentException("Host.apply: the function must return an int");
        }
        return (Integer) result;
      } finally {
        args.release();
      }
    }

    public V8Array doubled(V8Array array) {
      int[] in = new int[array.length()];
      for (int i = 0; i < in.length; i++) {
        in[i] = J2v8FloorSystem.intArg(array, i, "Ints.doubled");
      }
      V8Array result = new V8Array(v8);
      for (int value : ints.doubled(in)) {
        result.push(value);
      }
      return result;
    }

    void release() {
      itemPrototype.release();
      for (V8Object wrapper : itemWrappers.values()) {
        wrapper.release();
      }
      itemWrappers.clear();
    }
  }

  @Override
  public void open() {
    v8 = V8.createV8Runtime();
    adapters = new Adapters(v8);
    global("calc", new Calc(), "add", int.class, int.class);
    global("greeter", new Greeter(), "greet", String.class);
    global("thrower", new Thrower(), "fail", int.class);
    global("scorer", new Scorer(), "score", String.class, int.class);
    global("repo", adapters, "item", int.class);
    global("host", adapters, "apply", V8Function.class, int.class);
    global("ints", adapters, "doubled", V8Array.class);

    v8.registerJavaMethod(adapters, "construct", "Point", new Class<?>[] {V8Object.class, int.class, int.class}, true);
    V8Object pointPrototype = v8.executeObjectScript("Point.prototype");
    pointPrototype.registerJavaMethod(adapters, "getX", "getX", new Class<?>[] {V8Object.class}, true);
    pointPrototype.release();

    adapters.itemPrototype = new V8Object(v8);
    V8Object natives = new V8Object(v8);
    natives.registerJavaMethod(adapters, "id", "id", new Class<?>[] {V8Object.class}, true);
    V8Function define = (V8Function) v8.executeScript(
        "(function (proto, natives) { Object.defineProperty(proto, 'id', {get: natives.id}); })");
    V8Array defineArgs = new V8Array(v8).push(adapters.itemPrototype).push(natives);
    define.call(null, defineArgs);
    defineArgs.release();
    define.release();
    natives.release();

    ready();
  }

  private void global(String name, Object target, String method, Class<?>... types) {
    V8Object object = new V8Object(v8);
    object.registerJavaMethod(target, method, method, types);
    v8.add(name, object);
    object.release();
  }

  @Override
  String name() {
    return "j2v8-reflective";
  }

  @Override
  int keptHandles() {
    return adapters.itemWrappers.size();
  }

  @Override
  void releaseKept() {
    adapters.release();
  }
}
