package dev.jsbind.runtime.j2v8;

import dev.jsbind.runtime.binding.JsParam;
import dev.jsbind.runtime.binding.JsType;

/**
 * The part of a class's JavaScript that stands for its function, promise, iterable and iterator
 * types (the members {@link Composites} adds), written into the same source as {@link ShimWriter}'s
 * class and with its checks. For member {@code k}: a function gets {@code jk(wrapper)}, the script
 * function standing for a Java implementation (checks, then native {@code mk}), and
 * {@code ck(fn)}, how Java calls a script's function (arguments from the slots, result checked into
 * slot 3); a promise gets {@code pk()}, the value Java settled it with, and {@code wk(value)}, a
 * script promise's value checked for Java; an iterable or iterator gets {@code itk(wrapper)}, the
 * object {@code for…of} walks, calling native {@code mk}.
 */
final class CompositeShims {
  private final ShimWriter shim;
  private final StringBuilder js;

  CompositeShims(ShimWriter shim, StringBuilder js) {
    this.shim = shim;
    this.js = js;
  }

  /** Writes the glue of composite member {@code k}. */
  void write(int k, Member member) {
    String where = JsNames.literal(member.where);
    int result = ArgumentSlots.of(1);
    switch (member.kind) {
      case FUNCTION:
        boolean paramsFromScript = true;
        for (JsParam param : member.params) {
          paramsFromScript &= fromScript(param.type());
        }
        if (paramsFromScript) {
          writeJavaFunction(k, member, where);
        } else {
          // An iterable only ever goes to JavaScript, so a function taking one is only ever a
          // script's, called by Java (the processor guarantees it; a stale binding stays harmless).
          js.append("function j").append(k).append("(w) {\nreturn function () { throw typeError(").append(where)
              .append(" + ': an Iterable or Iterator cannot be passed to Java'); };\n}\n");
        }
        if (fromScript(member.returns)) {
          writeScriptCaller(k, member);
        } else {
          js.append("function c").append(k).append("(fn) { throw typeError(").append(where)
              .append(" + ': an Iterable or Iterator cannot be passed to Java'); }\n");
        }
        break;
      case PROMISE:
        if (member.returns.kind() == JsType.Kind.VOID || !fromScript(member.returns)) {
          js.append("function p").append(k).append("() { return ")
              .append(member.returns.kind() == JsType.Kind.VOID ? "undefined" : fromJava(member.returns, result))
              .append("; }\n")
              .append("function w").append(k).append("(a) {")
              .append(member.returns.kind() == JsType.Kind.VOID ? "" : " throw typeError(" + where
                  + " + ': an Iterable or Iterator cannot be passed to Java'); ")
              .append("}\n");
          break;
        }
        js.append("function p").append(k).append("() { return ").append(fromJava(member.returns, result)).append("; }\n")
            .append("function w").append(k).append("(a) {\n");
        shim.writeCheck("a", "v", member.returns, JsNames.literal(member.where + ": its value"), "e" + k + "_r", false);
        shim.writeSlot(member.returns, "v", String.valueOf(result));
        js.append("}\n");
        break;
      case ITERABLE:
        js.append("function it").append(k).append("(w) {\nreturn {[h.iteratorSymbol]: function () {\n")
            .append("F[").append(ArgumentSlots.RECEIVER).append("] = brands.get(w);\n")
            .append("var r = m").append(k).append("();\nif (r === FAILED) throw fail();\n")
            .append("return ").append(shim.fromNative(member.returns, "r")).append(";\n}};\n}\n");
        break;
      case ITERATOR:
        // Java answers whether the iterator is exhausted in the receiver slot (1: done).
        js.append("function it").append(k).append("(w) {\nreturn {next: function () {\n")
            .append("F[").append(ArgumentSlots.RECEIVER).append("] = brands.get(w);\n")
            .append("var r = m").append(k).append("();\nif (r === FAILED) throw fail();\n")
            .append("if (F[").append(ArgumentSlots.RECEIVER).append("] === 1) return {done: true, value: undefined};\n")
            .append("return {done: false, value: ").append(shim.fromNative(member.returns, "r")).append("};\n")
            .append("}, [h.iteratorSymbol]: function () { return this; }};\n}\n");
        break;
      default:
        throw new AssertionError(member.kind);
    }
  }

  /**
   * The JavaScript value of a slot Java wrote (a callback's argument, a settled promise's value):
   * numbers and booleans in the frame, other primitives (enums as names) in the slots, wrappers in
   * the slots with their new id (or 0) in the frame, promises as ids.
   */
  private String fromJava(JsType type, int slot) {
    switch (type.kind()) {
      case BOOLEAN:
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case FLOAT:
      case DOUBLE:
        if (!type.nullable()) {
          return type.kind() == JsType.Kind.BOOLEAN ? "F[" + slot + "] !== 0" : "F[" + slot + "]";
        }
        return "S[" + slot + "]";
      case OBJECT:
        return "h.adoptAt(" + slot + ")";
      case FUNCTION:
        return "h.view(h.adoptAt(" + slot + "), j" + shim.composite(type) + ")";
      case ITERABLE:
      case ITERATOR:
        return "h.view(h.adoptAt(" + slot + "), it" + shim.composite(type) + ")";
      case PROMISE:
        return "(F[" + slot + "] === 0 ? null : h.promise(F[" + slot + "], p" + shim.composite(type) + "))";
      default:
        return "S[" + slot + "]";
    }
  }

  /** Whether a script can hand Java a value of this type (iterables only go the other way). */
  private static boolean fromScript(JsType type) {
    return type.kind() != JsType.Kind.ITERABLE && type.kind() != JsType.Kind.ITERATOR;
  }

  /** {@code jk(w)}: the script function standing for the Java implementation behind wrapper {@code w}. */
  private void writeJavaFunction(int k, Member member, String where) {
    js.append("function j").append(k).append("(w) {\nreturn function (").append(ShimWriter.paramList(member)).append(") {\n")
        .append("var id = brands.get(w);\n")
        // Extra arguments are ignored, as JavaScript functions do: `array.map(f)` passes three.
        .append("if (arguments.length < ").append(member.params.length).append(") throw arity(").append(where)
        .append(", ").append(member.params.length).append(", arguments.length);\n");
    shim.writeArgumentChecks(k, member);
    shim.writeCallAndReturn(k, member);
    js.append("};\n}\n");
  }

  /**
   * {@code ck(fn)}: calls a script's function with the arguments Java put in the slots, and
   * checks its result into slot 3 (see {@code invokeCallback} in the bootstrap).
   */
  private void writeScriptCaller(int k, Member member) {
    js.append("function c").append(k).append("(fn) {\n");
    StringBuilder call = new StringBuilder("fn(");
    for (int p = 0; p < member.params.length; p++) {
      js.append("var a").append(p).append(" = ").append(fromJava(member.params[p].type(), ArgumentSlots.of(p)))
          .append(";\n");
      call.append(p == 0 ? "" : ", ").append('a').append(p);
    }
    // Read: the arguments must not outlive the call (issue 11), and the function may call Java.
    for (int p = 0; p < member.params.length; p++) {
      js.append("S[").append(ArgumentSlots.of(p)).append("] = null; F[").append(ArgumentSlots.of(p)).append("] = 0;\n");
    }
    call.append(')');
    if (member.returns.kind() == JsType.Kind.VOID) {
      js.append(call).append(";\n");
    } else {
      js.append("var r = ").append(call).append(";\n");
      shim.writeCheck("r", "v", member.returns, JsNames.literal(member.where + ": its result"), "e" + k + "_r", false);
      shim.writeSlot(member.returns, "v", String.valueOf(SlotValues.RESULT));
    }
    js.append("}\n");
  }
}
