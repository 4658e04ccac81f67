package dev.jsbind.benchmarks.systems;

import com.eclipsesource.v8.JavaCallback;
import com.eclipsesource.v8.V8;
import com.eclipsesource.v8.V8Array;
import com.eclipsesource.v8.V8Function;
import com.eclipsesource.v8.V8Object;
import com.eclipsesource.v8.V8Value;
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
 * The floor: hand-written J2V8 {@link JavaCallback}s doing what a careful user writes by hand.
 * Arity and argument types are checked (one {@code get(i)} per argument: an {@code Integer} is
 * exactly a JS int32, so the type and the int range are one check), receivers are checked to be
 * objects this code made for the right class, a Java object handed out twice gives the same JS
 * object, and objects scripts drop are forgotten (weak handles). Java exceptions are left to
 * J2V8 (which throws the message as a JS string).
 *
 * <p>What it does not do, and jsbind does: JS {@code Error}s with stacks, receiver checks that
 * scripts cannot forge (the {@code __id} property here can be copied), and never reading a
 * script's object from Java (reading {@code __id} of a Proxy crashes J2V8).
 */
final class J2v8FloorSystem extends J2v8System {
  private static final String ID = "__id";

  private WeakHandles points;
  private V8Object itemPrototype;
  private final Map<Item, V8Object> itemWrappers = new IdentityHashMap<>();
  private final Item[] itemsById = new Item[Repo.SIZE];

  @Override
  public void open() {
    v8 = V8.createV8Runtime();
    points = new WeakHandles(v8);
    Calc calc = new Calc();
    Greeter greeter = new Greeter();
    Repo repo = new Repo();
    Thrower thrower = new Thrower();
    Scorer scorer = new Scorer();
    Ints ints = new Ints();

    global("calc", (receiver, args) -> {
      arity(args, 2, "Calc.add");
      return calc.add(intArg(args, 0, "Calc.add"), intArg(args, 1, "Calc.add"));
    }, "add");
    global("greeter", (receiver, args) -> {
      arity(args, 1, "Greeter.greet");
      return greeter.greet(stringArg(args, 0, "Greeter.greet"));
    }, "greet");
    global("thrower", (receiver, args) -> {
      arity(args, 1, "Thrower.fail");
      return thrower.fail(intArg(args, 0, "Thrower.fail"));
    }, "fail");
    global("scorer", (receiver, args) -> {
      arity(args, 2, "Scorer.score");
      return scorer.score(stringArg(args, 0, "Scorer.score"), intArg(args, 1, "Scorer.score"));
    }, "score");

    // W3: a constructor function and a prototype method.
    v8.registerJavaMethod((JavaCallback) (receiver, args) -> {
      arity(args, 2, "Point");
      Point point = new Point(intArg(args, 0, "Point"), intArg(args, 1, "Point"));
      receiver.add(ID, points.add(point, receiver));
      return null; // `new` answers the receiver
    }, "Point");
    V8Object pointPrototype = v8.executeObjectScript("Point.prototype");
    pointPrototype.registerJavaMethod((receiver, args) -> {
      arity(args, 0, "Point.getX");
      Object self = points.get(receiverId(receiver, "Point.getX"));
      if (!(self instanceof Point)) {
        throw new IllegalArgumentException("Illegal invocation: Point.getX");
      }
      return ((Point) self).getX();
    }, "getX");
    pointPrototype.release();

    // W4: the same JS object for the same Java object; `id` is an accessor around a native.
    for (int i = 0; i < Repo.SIZE; i++) {
      itemsById[i] = repo.item(i);
    }
    itemPrototype = new V8Object(v8);
    V8Object natives = new V8Object(v8);
    natives.registerJavaMethod((receiver, args) -> {
      int id = receiverId(receiver, "Item.id");
      Item self = id >= 0 && id < itemsById.length ? itemsById[id] : null;
      if (self == null) {
        throw new IllegalArgumentException("Illegal invocation: Item.id");
      }
      return self.getId();
    }, "id");
    V8Function define = (V8Function) v8.executeScript(
        "(function (proto, natives) { Object.defineProperty(proto, 'id', {get: natives.id}); })");
    V8Array defineArgs = new V8Array(v8).push(itemPrototype).push(natives);
    define.call(null, defineArgs);
    defineArgs.release();
    define.release();
    natives.release();
    global("repo", (receiver, args) -> {
      arity(args, 1, "Repo.item");
      Item item = repo.item(intArg(args, 0, "Repo.item"));
      V8Object wrapper = itemWrappers.get(item);
      if (wrapper == null) {
        wrapper = new V8Object(v8);
        wrapper.setPrototype(itemPrototype);
        wrapper.add(ID, item.getId());
        itemWrappers.put(item, wrapper);
      }
      return wrapper.twin(); // J2V8 releases what a callback returns
    }, "item");

    // W6: a JS function called back from Java.
    global("host", (receiver, args) -> {
      arity(args, 2, "Host.apply");
      Object f = args.get(0);
      if (!(f instanceof V8Function)) {
        release(f);
        throw new IllegalArgumentException("Host.apply: argument 1 must be a function");
      }
      V8Function function = (V8Function) f;
      V8Array callArgs = null;
      try {
        callArgs = new V8Array(v8).push(intArg(args, 1, "Host.apply"));
        Object result = function.call(null, callArgs);
        if (!(result instanceof Integer)) {
          release(result);
          throw new IllegalArgumentException("Host.apply: the function must return an int");
        }
        return result;
      } finally {
        release(callArgs);
        function.release();
      }
    }, "apply");

    // W7: element by element, as the J2V8 API invites.
    global("ints", (receiver, args) -> {
      arity(args, 1, "Ints.doubled");
      Object a = args.get(0);
      if (!(a instanceof V8Array)) {
        release(a);
        throw new IllegalArgumentException("Ints.doubled: argument 1 must be an array");
      }
      V8Array array = (V8Array) a;
      int[] in;
      try {
        in = new int[array.length()];
        for (int i = 0; i < in.length; i++) {
          in[i] = intArg(array, i, "Ints.doubled");
        }
      } finally {
        array.release();
      }
      int[] out = ints.doubled(in);
      V8Array result = new V8Array(v8);
      for (int value : out) {
        result.push(value);
      }
      return result;
    }, "doubled");

    ready();
  }

  private void global(String name, JavaCallback callback, String method) {
    V8Object object = new V8Object(v8);
    object.registerJavaMethod(callback, method);
    v8.add(name, object);
    object.release();
  }

  static void arity(V8Array args, int expected, String where) {
    if (args.length() != expected) {
      throw new IllegalArgumentException(where + ": expected " + expected + " argument(s), got " + args.length());
    }
  }

  static int intArg(V8Array args, int index, String where) {
    Object value = args.get(index);
    if (value instanceof Integer) {
      return (Integer) value;
    }
    release(value);
    throw new IllegalArgumentException(where + ": argument " + (index + 1) + " must be an int");
  }

  static String stringArg(V8Array args, int index, String where) {
    Object value = args.get(index);
    if (value instanceof String) {
      return (String) value;
    }
    release(value);
    throw new IllegalArgumentException(where + ": argument " + (index + 1) + " must be a string");
  }

  static int receiverId(V8Object receiver, String where) {
    Object id = receiver.get(ID);
    if (id instanceof Integer) {
      return (Integer) id;
    }
    release(id);
    throw new IllegalArgumentException("Illegal invocation: " + where);
  }

  static void release(Object value) {
    if (value instanceof V8Value) {
      ((V8Value) value).release();
    }
  }

  @Override
  String name() {
    return "j2v8-floor";
  }

  @Override
  int keptHandles() {
    return itemWrappers.size();
  }

  @Override
  void releaseKept() {
    itemPrototype.release();
    for (V8Object wrapper : itemWrappers.values()) {
      wrapper.release();
    }
    itemWrappers.clear();
  }
}
