package dev.jsbind.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.jsbind.processor.JsTypeRef.Kind;
import java.util.List;

/**
 * Generated Java for functional interfaces, both ways, without reflection: a
 * {@code JsFunctionType} whose invoker lambda calls a Java implementation's method, and an
 * anonymous class implementing the interface over a script's {@code JsFunction}. Names carry the
 * nesting depth ({@code fn0}, {@code js1}…) so that a function type inside another never shadows
 * a name in scope.
 */
final class FunctionCodes {
  private FunctionCodes() {}

  /**
   * {@code JsFunctionType.of(Function.class, JsType.STRING, (Function<Integer, String> fn0, JsArgs in0)
   * -> fn0.apply(in0.boxedIntAt(0)), JsParam.of("t", JsType.BOXED_INT))}.
   */
  static CodeBlock functionType(JsTypeRef type, int depth) {
    String fn = "fn" + depth;
    String in = "in" + depth;
    CodeBlock.Builder arguments = CodeBlock.builder();
    List<JsTypeRef> params = type.params();
    boolean fromScript = true;
    for (int i = 0; i < params.size(); i++) {
      Kind kind = params.get(i).kind();
      fromScript &= kind != Kind.ITERABLE && kind != Kind.ITERATOR;
      arguments.add(i == 0 ? "$L" : ", $L", fromScript ? TypeCodes.read(params.get(i), in, i, depth + 1) : "null");
    }
    CodeBlock call = CodeBlock.of("$L.$N($L)", fn, type.function().method(), arguments.build());
    // A function taking an iterable is only ever a script's (iterables only go to JavaScript):
    // there is no Java implementation for a script to call.
    CodeBlock invoker = !fromScript
        ? CodeBlock.of("($T $L, $T $L) -> {\n$>throw new $T($S);\n$<}", TypeCodes.javaType(type), fn,
            RuntimeNames.JS_ARGS, in, UnsupportedOperationException.class,
            "an Iterable or Iterator cannot be passed to Java")
        : type.returns().kind() == Kind.VOID
        ? CodeBlock.of("($T $L, $T $L) -> {\n$>$L;\nreturn null;\n$<}", TypeCodes.javaType(type), fn,
            RuntimeNames.JS_ARGS, in, call)
        : CodeBlock.of("($T $L, $T $L) -> $L", TypeCodes.javaType(type), fn, RuntimeNames.JS_ARGS, in, call);
    CodeBlock.Builder code = CodeBlock.builder().add("$T.$L($T.class, $L, $L", RuntimeNames.JS_FUNCTION_TYPE,
        type.nullableObject() ? "nullableOf" : "of", TypeCodes.className(type.javaClass()),
        TypeCodes.jsType(type.returns()), invoker);
    List<String> names = type.function().parameterNames();
    for (int i = 0; i < params.size(); i++) {
      code.add(", $T.of($S, $L)", RuntimeNames.JS_PARAM, names.get(i), TypeCodes.jsType(params.get(i)));
    }
    return code.add(")").build();
  }

  /**
   * An anonymous class implementing {@code type}'s interface over the {@code JsFunction} that
   * {@code source} evaluates to ({@code null} stays {@code null} where the type allows it):
   * <pre>{@code
   * new Function<Integer, String>() {
   *   private final JsFunction js0 = args.functionAt(0);
   *   public String apply(Integer a0_0) { return (String) js0.call(a0_0); }
   * }}</pre>
   */
  static CodeBlock implementation(JsTypeRef type, CodeBlock source, int depth) {
    String js = "js" + depth;
    List<JsTypeRef> params = type.params();
    CodeBlock.Builder signature = CodeBlock.builder();
    CodeBlock.Builder passed = CodeBlock.builder();
    for (int i = 0; i < params.size(); i++) {
      String name = "a" + depth + "_" + i;
      signature.add(i == 0 ? "$T $L" : ", $T $L", TypeCodes.javaType(params.get(i)), name);
      passed.add(i == 0 ? "$L" : ", $L", name);
    }
    CodeBlock call = CodeBlock.of("$L.call($L)", js, passed.build());
    JsTypeRef result = type.returns();
    TypeName declared = TypeCodes.javaType(type);
    CodeBlock.Builder code = CodeBlock.builder();
    if (type.nullableObject()) {
      code.add("$L == null ? null : ", source);
    }
    code.add("new $T() {\n$>", declared)
        .add("private final $T $L = $L;\n\n", RuntimeNames.JS_FUNCTION, js, source)
        .add("@$T\npublic $T $N($L) {\n$>", Override.class, TypeCodes.javaType(result), type.function().method(),
            signature.build());
    switch (result.kind()) {
      case VOID -> code.add("$L;\n", call);
      case FUNCTION -> code.add("return $L;\n",
          implementation(result, CodeBlock.of("($T) $L", RuntimeNames.JS_FUNCTION, call), depth + 1));
      case PROMISE -> code.add("return $T.future($L);\n", RuntimeNames.JS_PROMISE_TYPE, call);
      // A primitive result is returned as its box and unboxed by the return.
      default -> code.add("return ($T) $L;\n", TypeCodes.javaType(result).box(), call);
    }
    return code.add("$<}\n$<}").build();
  }
}
