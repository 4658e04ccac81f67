package dev.jsbind.benchmarks.model;

import dev.jsbind.annotations.JsExposed;
import java.util.function.IntUnaryOperator;

/** W6: {@code host.apply(f, i)}, Java calls the JS function {@code f} back once. */
@JsExposed
public final class Host {
  public int apply(IntUnaryOperator f, int x) {
    return f.applyAsInt(x);
  }
}
