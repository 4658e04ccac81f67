package dev.jsbind.benchmarks.systems;

import com.caoccao.javet.annotations.V8Function;
import com.caoccao.javet.annotations.V8Property;
import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.V8Host;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueArray;
import com.caoccao.javet.values.reference.V8ValueFunction;
import com.caoccao.javet.values.reference.V8ValueObject;
import dev.jsbind.benchmarks.model.Calc;
import dev.jsbind.benchmarks.model.Greeter;
import dev.jsbind.benchmarks.model.Ints;
import dev.jsbind.benchmarks.model.Item;
import dev.jsbind.benchmarks.model.Point;
import dev.jsbind.benchmarks.model.Repo;
import dev.jsbind.benchmarks.model.Scorer;
import dev.jsbind.benchmarks.model.Thrower;
import java.util.Arrays;

/**
 * Javet 4.1.5 with annotation binding: {@code V8ValueObject.bind(receiver)} over
 * {@code @V8Function}/{@code @V8Property} methods; Javet converts arguments with its default
 * converter. Receivers and wrappers follow the floor's design (an id on the JS object, a weak
 * handle so dropped objects are forgotten).
 */
final class JavetSystem extends JsSystem {
  private static final String ID = "__id";
  private V8Runtime v8;
  private int baseline;
  private Bound bound;

  /** What {@code bind} exposes. Javet calls these through reflection. */
  public static final class Bound {
    private final V8Runtime v8;
    private final Calc calc = new Calc();
    private final Greeter greeter = new Greeter();
    private final Thrower thrower = new Thrower();
    private final Scorer scorer = new Scorer();
    private final Ints ints = new Ints();
    private final Repo repo = new Repo();
    private final Item[] itemsById = new Item[Repo.SIZE];
    private final V8ValueObject[] itemWrappers = new V8ValueObject[Repo.SIZE];
    V8ValueObject itemPrototype;
    V8ValueFunction makeItem;
    // W3: Java points by id, each with a weak handle to its JS object.
    private Object[] points = new Object[256];
    private V8ValueObject[] handles = new V8ValueObject[256];
    private int[] free = new int[256];
    private int freeCount;
    private int used = 1;

    Bound(V8Runtime v8) {
      this.v8 = v8;
      for (int i = 0; i < Repo.SIZE; i++) {
        itemsById[i] = repo.item(i);
      }
    }

    @V8Function(name = "add")
    public int add(int a, int b) {
      return calc.add(a, b);
    }

    @V8Function(name = "greet")
    public String greet(String name) {
      return greeter.greet(name);
    }

    @V8Function(name = "fail")
    public int fail(int value) {
      return thrower.fail(value);
    }

    @V8Function(name = "score")
    public int score(String name, int quantity) {
      return scorer.score(name, quantity);
    }

    @V8Function(name = "Point", thisObjectRequired = true)
    public void construct(V8ValueObject self, int x, int y) throws JavetException {
      int id = allocate();
      V8ValueObject weak = self.toClone();
      weak.setWeak();
      points[id] = new Point(x, y);
      handles[id] = weak;
      self.set(ID, id);
    }

    @V8Function(name = "getX", thisObjectRequired = true)
    public int getX(V8ValueObject self) throws JavetException {
      Integer id = self.getInteger(ID);
      Object point = id != null && id > 0 && id < used ? points[id] : null;
      if (!(point instanceof Point)) {
        throw new IllegalArgumentException("Illegal invocation: Point.getX");
      }
      return ((Point) point).getX();
    }

    @V8Function(name = "item")
    public V8Value item(int index) throws JavetException {
      Item item = repo.item(index);
      V8ValueObject wrapper = itemWrappers[item.getId()];
      if (wrapper == null) {
        // V8ValueObject.setPrototype did not take effect here, so a JS helper makes the object.
        wrapper = makeItem.call(null, item.getId());
        itemWrappers[item.getId()] = wrapper;
      }
      return wrapper.toClone(); // Javet closes what a callback returns
    }

    @V8Property(name = "id", thisObjectRequired = true)
    public int id(V8ValueObject self) throws JavetException {
      Integer id = self.getInteger(ID);
      Item item = id != null && id >= 0 && id < itemsById.length ? itemsById[id] : null;
      if (item == null) {
        throw new IllegalArgumentException("Illegal invocation: Item.id");
      }
      return item.getId();
    }

    @V8Function(name = "apply")
    public int apply(V8ValueFunction function, int x) throws JavetException {
      try (V8Value result = function.call(null, x)) {
        return ((com.caoccao.javet.values.primitive.V8ValueInteger) result).getValue();
      }
    }

    @V8Function(name = "doubled")
    public V8Value doubled(V8ValueArray array) throws JavetException {
      int[] in = new int[array.getLength()];
      for (int i = 0; i < in.length; i++) {
        in[i] = array.getInteger(i);
      }
      V8ValueArray out = v8.createV8ValueArray();
      for (int value : ints.doubled(in)) {
        out.push(value);
      }
      return out;
    }

    private int allocate() throws JavetException {
      if (freeCount == 0 && used == points.length) {
        sweep();
        if (freeCount < points.length / 4 && points.length >= 16384) {
          v8.lowMemoryNotification();
          sweep();
        }
        if (freeCount < points.length / 4) {
          points = Arrays.copyOf(points, points.length * 2);
          handles = Arrays.copyOf(handles, handles.length * 2);
          free = Arrays.copyOf(free, free.length * 2);
        }
      }
      return freeCount > 0 ? free[--freeCount] : used++;
    }

    private void sweep() {
      for (int id = 1; id < used; id++) {
        if (handles[id] != null && handles[id].isClosed()) {
          points[id] = null;
          handles[id] = null;
          free[freeCount++] = id;
        }
      }
    }

    /** Handles this code holds on purpose: item wrappers and the weak handles of live points. */
    int kept() {
      int kept = 0;
      for (V8ValueObject wrapper : itemWrappers) {
        kept += wrapper != null ? 1 : 0;
      }
      for (int id = 1; id < used; id++) {
        kept += handles[id] != null && !handles[id].isClosed() ? 1 : 0;
      }
      return kept;
    }

    void release() throws JavetException {
      for (int id = 1; id < used; id++) {
        if (handles[id] != null && !handles[id].isClosed()) {
          handles[id].clearWeak(); // close() alone does nothing on a weak reference
          handles[id].close();
        }
      }
      for (V8ValueObject wrapper : itemWrappers) {
        if (wrapper != null) {
          wrapper.close();
        }
      }
      itemPrototype.close();
      makeItem.close();
    }
  }

  @Override
  public void open() {
    try {
      v8 = V8Host.getV8Instance().createV8Runtime();
      bound = new Bound(v8);
      try (V8ValueObject global = v8.getGlobalObject()) {
        for (String name : new String[] {"calc", "greeter", "thrower", "scorer", "repo", "host", "ints"}) {
          try (V8ValueObject object = v8.createV8ValueObject()) {
            global.set(name, object);
          }
        }
      }
      // bind() registers every annotated method; each global gets the whole set (harmless here).
      for (String name : new String[] {"calc", "greeter", "thrower", "scorer", "repo", "host", "ints"}) {
        try (V8ValueObject object = v8.getGlobalObject().get(name)) {
          object.bind(bound);
        }
      }
      try (V8ValueObject natives = v8.createV8ValueObject()) {
        natives.bind(bound);
        v8.getGlobalObject().set("__natives", natives);
      }
      // Point: Javet's callback functions cannot be constructors (no prototype, no `new`), so a
      // one-line JS constructor hands the new object to the bound initialiser.
      v8.getExecutor("(function (global) {"
          + " var n = global.__natives, init = n.Point; delete global.__natives;"
          + " function Point(x, y) { init.call(this, x, y); }"
          + " Point.prototype.getX = n.getX; global.Point = Point;"
          + " })(this)").executeVoid();
      bound.itemPrototype = v8.createV8ValueObject();
      bound.itemPrototype.bind(new ItemAccessor(bound));
      try (V8ValueFunction factory = v8.getExecutor(
          "(function (proto) { return function (id) { var o = Object.create(proto); o." + ID + " = id; return o; }; })")
          .execute()) {
        bound.makeItem = factory.call(null, bound.itemPrototype);
      }
      v8.getExecutor(WORKLOADS).executeVoid();
      baseline = v8.getReferenceCount();
    } catch (JavetException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Only the {@code id} accessor, for the items' prototype. */
  public static final class ItemAccessor {
    private final Bound bound;

    ItemAccessor(Bound bound) {
      this.bound = bound;
    }

    @V8Property(name = "id", thisObjectRequired = true)
    public int id(V8ValueObject self) throws JavetException {
      return bound.id(self);
    }
  }

  @Override
  public int call(String function, int n) {
    try (V8ValueObject global = v8.getGlobalObject()) {
      return global.invokeInteger(function, n);
    } catch (JavetException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void checkHandles() {
    int open = v8.getReferenceCount();
    int expected = baseline + bound.kept();
    if (open != expected) {
      throw leak("javet", open, expected, "after an iteration (V8Runtime.getReferenceCount())");
    }
  }

  @Override
  public void close() {
    if (v8 == null) {
      return;
    }
    try {
      checkHandles();
      bound.release();
      int open = v8.getReferenceCount();
      v8.close();
      v8 = null;
      if (open != 0) {
        throw leak("javet", open, 0, "at teardown");
      }
    } catch (JavetException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String engineVersion() {
    return "Javet 4.1.5 (V8 " + (v8 != null ? v8.getVersion() : "?") + ")";
  }
}
