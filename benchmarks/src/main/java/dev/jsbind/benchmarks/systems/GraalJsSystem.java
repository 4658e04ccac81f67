package dev.jsbind.benchmarks.systems;

import dev.jsbind.benchmarks.model.Calc;
import dev.jsbind.benchmarks.model.Greeter;
import dev.jsbind.benchmarks.model.Ints;
import dev.jsbind.benchmarks.model.Item;
import dev.jsbind.benchmarks.model.Point;
import dev.jsbind.benchmarks.model.Repo;
import dev.jsbind.benchmarks.model.Scorer;
import dev.jsbind.benchmarks.model.Thrower;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * GraalJS 25 (polyglot API) on a stock JDK 25: the host objects themselves are passed in (public
 * members allowed), {@code Point} is the host class. With the Graal compiler on the upgrade module
 * path (and JVMCI on) Truffle compiles the JS; without it, it runs interpreted. Pure Java: no
 * handles to leak.
 */
final class GraalJsSystem extends JsSystem {
  private Context context;

  /** {@code repo}: items as proxy objects whose {@code id} is read through {@link Item#getId()}. */
  public static final class GRepo {
    private final Repo repo = new Repo();
    private final ItemView[] views = new ItemView[Repo.SIZE];

    public Object item(int index) {
      Item item = repo.item(index);
      ItemView view = views[item.getId()];
      if (view == null) {
        view = new ItemView(item);
        views[item.getId()] = view;
      }
      return view;
    }
  }

  /** A host item seen from JS as an object with a read-only {@code id}. */
  public static final class ItemView implements ProxyObject {
    private final Item item;

    ItemView(Item item) {
      this.item = item;
    }

    @Override
    public Object getMember(String key) {
      return "id".equals(key) ? item.getId() : null;
    }

    @Override
    public Object getMemberKeys() {
      return new String[] {"id"};
    }

    @Override
    public boolean hasMember(String key) {
      return "id".equals(key);
    }

    @Override
    public void putMember(String key, Value value) {
      throw new UnsupportedOperationException("read-only");
    }
  }

  /** {@code host}: calls a JS function back. */
  public static final class GHost {
    public int apply(Value function, int x) {
      return function.execute(x).asInt();
    }
  }

  /** {@code ints}: JS array in (copied to int[] by the polyglot mapping), Java array out. */
  public static final class GInts {
    private final Ints ints = new Ints();

    public int[] doubled(int[] values) {
      return ints.doubled(values);
    }
  }

  @Override
  public void open() {
    HostAccess access = HostAccess.newBuilder()
        .allowPublicAccess(true)
        .allowArrayAccess(true)
        .allowAccessInheritance(false)
        .build();
    context = Context.newBuilder("js")
        .allowHostAccess(access)
        .option("engine.WarnInterpreterOnly", "false")
        .build();
    Value bindings = context.getBindings("js");
    bindings.putMember("calc", new Calc());
    bindings.putMember("greeter", new Greeter());
    bindings.putMember("Point", context.asValue(Point.class).getMember("static"));
    bindings.putMember("repo", new GRepo());
    bindings.putMember("thrower", new Thrower());
    bindings.putMember("host", new GHost());
    bindings.putMember("ints", new GInts());
    bindings.putMember("scorer", new Scorer());
    context.eval("js", WORKLOADS);
  }

  @Override
  public int call(String function, int n) {
    return context.getBindings("js").getMember(function).execute(n).asInt();
  }

  @Override
  public void checkHandles() {
    // Host objects are plain Java objects: nothing to leak outside the heap.
  }

  @Override
  public void close() {
    if (context != null) {
      context.close();
      context = null;
    }
  }

  @Override
  public String engineVersion() {
    Engine engine = context.getEngine();
    return "GraalJS " + engine.getVersion() + " (" + engine.getImplementationName() + ")";
  }
}
