package dev.jsbind.benchmarks.systems;

import dev.jsbind.benchmarks.model.Calc;
import dev.jsbind.benchmarks.model.Greeter;
import dev.jsbind.benchmarks.model.Ints;
import dev.jsbind.benchmarks.model.Item;
import dev.jsbind.benchmarks.model.Point;
import dev.jsbind.benchmarks.model.Repo;
import dev.jsbind.benchmarks.model.Scorer;
import dev.jsbind.benchmarks.model.Thrower;
import java.lang.reflect.InvocationTargetException;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Mozilla Rhino, compiled mode (JVM bytecode), with host classes made by
 * {@code ScriptableObject.defineClass} ({@code jsFunction_}, {@code jsGet_}, {@code jsConstructor}
 * members). Rhino converts arguments itself (ToInt32 and friends: it coerces). Pure Java: no
 * handles to leak.
 */
final class RhinoSystem extends JsSystem {
  private Context cx;
  private ScriptableObject scope;

  /** {@code calc}. */
  public static final class RCalc extends ScriptableObject {
    private static final long serialVersionUID = 1L;
    private final Calc calc = new Calc();

    @Override
    public String getClassName() {
      return "Calc";
    }

    public int jsFunction_add(int a, int b) {
      return calc.add(a, b);
    }
  }

  /** {@code greeter}. */
  public static final class RGreeter extends ScriptableObject {
    private static final long serialVersionUID = 1L;
    private final Greeter greeter = new Greeter();

    @Override
    public String getClassName() {
      return "Greeter";
    }

    public String jsFunction_greet(String name) {
      return greeter.greet(name);
    }
  }

  /** {@code new Point(x, y)}. */
  public static final class RPoint extends ScriptableObject {
    private static final long serialVersionUID = 1L;
    private Point point;

    public RPoint() {}

    public void jsConstructor(int x, int y) {
      point = new Point(x, y);
    }

    @Override
    public String getClassName() {
      return "Point";
    }

    public int jsFunction_getX() {
      return point.getX();
    }
  }

  /** Items handed out by {@code repo.item}. */
  public static final class RItem extends ScriptableObject {
    private static final long serialVersionUID = 1L;
    private Item item;

    public RItem() {}

    @Override
    public String getClassName() {
      return "Item";
    }

    public int jsGet_id() {
      return item.getId();
    }
  }

  /** {@code repo}: the same Rhino object for the same Java item. */
  public static final class RRepo extends ScriptableObject {
    private static final long serialVersionUID = 1L;
    private final Repo repo = new Repo();
    private final RItem[] wrappers = new RItem[Repo.SIZE];

    @Override
    public String getClassName() {
      return "Repo";
    }

    public Object jsFunction_item(int index) {
      Item item = repo.item(index);
      RItem wrapper = wrappers[item.getId()];
      if (wrapper == null) {
        Scriptable scope = getTopLevelScope(this);
        wrapper = (RItem) Context.getCurrentContext().newObject(scope, "Item");
        wrapper.item = item;
        wrappers[item.getId()] = wrapper;
      }
      return wrapper;
    }
  }

  /** {@code thrower}. */
  public static final class RThrower extends ScriptableObject {
    private static final long serialVersionUID = 1L;
    private final Thrower thrower = new Thrower();

    @Override
    public String getClassName() {
      return "Thrower";
    }

    public int jsFunction_fail(int value) {
      return thrower.fail(value);
    }
  }

  /** {@code host}: calls a JS function back. */
  public static final class RHost extends ScriptableObject {
    private static final long serialVersionUID = 1L;

    @Override
    public String getClassName() {
      return "Host";
    }

    public int jsFunction_apply(Function f, int x) {
      Scriptable scope = getTopLevelScope(this);
      Object result = f.call(Context.getCurrentContext(), scope, scope, new Object[] {x});
      return (int) Context.toNumber(result);
    }
  }

  /** {@code ints}: element by element. */
  public static final class RInts extends ScriptableObject {
    private static final long serialVersionUID = 1L;
    private final Ints ints = new Ints();

    @Override
    public String getClassName() {
      return "Ints";
    }

    public Object jsFunction_doubled(Object array) {
      if (!(array instanceof NativeArray)) {
        throw new IllegalArgumentException("Ints.doubled: argument 1 must be an array");
      }
      NativeArray in = (NativeArray) array;
      int[] values = new int[(int) in.getLength()];
      for (int i = 0; i < values.length; i++) {
        values[i] = (int) Context.toNumber(in.get(i, in));
      }
      int[] out = ints.doubled(values);
      Object[] boxed = new Object[out.length];
      for (int i = 0; i < out.length; i++) {
        boxed[i] = out[i];
      }
      return Context.getCurrentContext().newArray(getTopLevelScope(this), boxed);
    }
  }

  /** {@code scorer}. */
  public static final class RScorer extends ScriptableObject {
    private static final long serialVersionUID = 1L;
    private final Scorer scorer = new Scorer();

    @Override
    public String getClassName() {
      return "Scorer";
    }

    public int jsFunction_score(String name, int quantity) {
      return scorer.score(name, quantity);
    }
  }

  @Override
  public void open() {
    cx = Context.enter();
    cx.setLanguageVersion(Context.VERSION_ES6);
    cx.setInterpretedMode(false);
    scope = cx.initStandardObjects();
    try {
      define(RCalc.class, "calc");
      define(RGreeter.class, "greeter");
      ScriptableObject.defineClass(scope, RPoint.class);
      ScriptableObject.defineClass(scope, RItem.class);
      define(RRepo.class, "repo");
      define(RThrower.class, "thrower");
      define(RHost.class, "host");
      define(RInts.class, "ints");
      define(RScorer.class, "scorer");
    } catch (IllegalAccessException | InstantiationException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
    cx.evaluateString(scope, WORKLOADS, "workloads.js", 1, null);
  }

  private void define(Class<? extends ScriptableObject> type, String global)
      throws IllegalAccessException, InstantiationException, InvocationTargetException {
    String className = ScriptableObject.defineClass(scope, type, false, false);
    ScriptableObject.putProperty(scope, global, cx.newObject(scope, className));
  }

  @Override
  public int call(String function, int n) {
    Function f = (Function) ScriptableObject.getProperty(scope, function);
    return (int) Context.toNumber(f.call(cx, scope, scope, new Object[] {n}));
  }

  @Override
  public void checkHandles() {
    // Rhino objects are Java objects: nothing to leak outside the heap.
  }

  @Override
  public void close() {
    if (cx != null) {
      Context.exit();
      cx = null;
    }
  }

  @Override
  public String engineVersion() {
    return "Rhino " + org.mozilla.javascript.Context.class.getPackage().getImplementationVersion()
        + " (compiled mode, ES6 language version)";
  }
}
