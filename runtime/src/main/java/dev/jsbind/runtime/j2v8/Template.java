package dev.jsbind.runtime.j2v8;

import com.eclipsesource.v8.V8Object;
import dev.jsbind.runtime.binding.JsBinding;

/** One installed class template: the JavaScript constructor and the prototype wrappers get. */
final class Template {
  final JsBinding<?> binding;
  final V8Object constructor;
  final V8Object prototype;
  /** The final fields its wrappers carry (see {@link FinalFields}). */
  final FinalFields finals;

  Template(JsBinding<?> binding, V8Object constructor, V8Object prototype, FinalFields finals) {
    this.binding = binding;
    this.constructor = constructor;
    this.prototype = prototype;
    this.finals = finals;
  }

  void release() {
    constructor.release();
    prototype.release();
  }
}
