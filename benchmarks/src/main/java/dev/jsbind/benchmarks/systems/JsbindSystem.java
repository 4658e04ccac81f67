package dev.jsbind.benchmarks.systems;

import com.eclipsesource.v8.V8;
import dev.jsbind.benchmarks.model.Calc;
import dev.jsbind.benchmarks.model.Greeter;
import dev.jsbind.benchmarks.model.Host;
import dev.jsbind.benchmarks.model.Ints;
import dev.jsbind.benchmarks.model.Point;
import dev.jsbind.benchmarks.model.Repo;
import dev.jsbind.benchmarks.model.Scorer;
import dev.jsbind.benchmarks.model.Thrower;
import dev.jsbind.runtime.JsRuntime;
import dev.jsbind.runtime.j2v8.J2v8Runtime;

/** jsbind as a user uses it: the processor's bindings, {@code install} and {@code set}. */
final class JsbindSystem extends JsSystem {
  private JsRuntime js;

  @Override
  public void open() {
    js = JsRuntime.create();
    js.install(Point.class);
    js.set("calc", new Calc());
    js.set("greeter", new Greeter());
    js.set("repo", new Repo());
    js.set("thrower", new Thrower());
    js.set("scorer", new Scorer());
    js.set("ints", new Ints());
    js.set("host", new Host());
    js.exec(WORKLOADS);
  }

  @Override
  public int call(String function, int n) {
    return ((Number) js.eval(function + "(" + n + ")")).intValue();
  }

  @Override
  public void checkHandles() {
    long open = ((J2v8Runtime) js).openHandleCount();
    if (open != 0) {
      throw leak("jsbind", open, 0, "(J2v8Runtime.openHandleCount())");
    }
  }

  @Override
  public void close() {
    if (js != null) {
      checkHandles();
      js.close(); // throws itself if any J2V8 handle is still open
      js = null;
    }
  }

  @Override
  public String engineVersion() {
    return "J2V8 4.8.0 (V8 " + V8.getV8Version() + ")";
  }
}
