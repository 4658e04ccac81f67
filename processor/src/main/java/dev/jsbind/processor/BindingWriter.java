package dev.jsbind.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.jsbind.processor.ExposedProperty.Access;
import dev.jsbind.processor.ExposedProperty.Via;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code JsBinding} subclass for one exposed class. The code must compile for Java 8
 * without warnings, so it uses lambdas but nothing newer. Lambda parameters have fixed names:
 * user code only appears in member selections ({@code self.x}), never as a local that could clash.
 */
final class BindingWriter {
  private static final String TEMPLATE = "t";
  private static final String SELF = "self";
  private static final String ARGS = "args";
  private static final String VALUE = "value";

  TypeSpec write(ExposedClass model) {
    ClassName exposed = TypeCodes.className(model.type());
    return TypeSpec.classBuilder(String.join("_", model.type().simpleNames()) + RuntimeNames.BINDING_SUFFIX)
        .addJavadoc("JavaScript binding of {@link $T}: installs constructor {@code $L} and its members.\n",
            exposed, model.jsName())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(RuntimeNames.JS_BINDING, exposed))
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addStatement("super($T.class, $S)", exposed, model.jsName())
            .build())
        .addMethod(define(model, exposed))
        .build();
  }

  private MethodSpec define(ExposedClass model, ClassName exposed) {
    MethodSpec.Builder define = MethodSpec.methodBuilder("define")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(ParameterizedTypeName.get(RuntimeNames.CLASS_TEMPLATE, exposed), TEMPLATE);
    model.constructors().forEach(c -> define.addStatement("$L.constructor($L -> new $T($L)$L)",
        TEMPLATE, ARGS, exposed, arguments(c.parameters()), declaredParameters(c.parameters())));
    model.methods().forEach(m -> define.addCode(
        call("method", m, "(" + SELF + ", " + ARGS + ")", CodeBlock.of("$L.$N", SELF, m.javaName()))));
    model.properties().forEach(p -> define.addStatement("$L", property(p)));
    model.staticMethods().forEach(m -> define.addCode(
        call("staticMethod", m, ARGS, CodeBlock.of("$T.$N", exposed, m.javaName()))));
    model.staticFields().forEach(f -> define.addStatement("$L", staticField(f, exposed)));
    return define.build();
  }

  /**
   * A constant ({@code t.constant("MAX", JsType.INT, Limits.MAX)}: the runtime puts the value in
   * JavaScript once), or a static property read and written through lambdas.
   */
  private static CodeBlock staticField(ExposedStaticField field, ClassName exposed) {
    CodeBlock target = CodeBlock.of("$T.$N", exposed, field.javaName());
    CodeBlock type = TypeCodes.jsType(field.type());
    if (field.isConstant()) {
      return CodeBlock.of("$L.constant($S, $L, $L)", TEMPLATE, field.jsName(), type, target);
    }
    CodeBlock setter = field.writable()
        ? CodeBlock.of("$L -> $L = $L", VALUE, target, TypeCodes.read(field.type(), VALUE, 0))
        : CodeBlock.of("null");
    return CodeBlock.of("$L.staticProperty($S, $L, () -> $L, $L)", TEMPLATE, field.jsName(), type, target, setter);
  }

  /**
   * A method declaration. A void method becomes a block lambda returning null, because the
   * runtime's functional interfaces return the (boxed) result.
   */
  private static CodeBlock call(
      String declare, ExposedMethod method, String lambdaParameters, CodeBlock target) {
    CodeBlock invocation = CodeBlock.of("$L($L)", target, arguments(method.parameters()));
    CodeBlock head = CodeBlock.of("$L.$L($S, $L, $L -> ",
        TEMPLATE, declare, method.jsName(), TypeCodes.jsType(method.returns()), lambdaParameters);
    CodeBlock parameters = declaredParameters(method.parameters());
    if (method.returns().kind() != JsTypeRef.Kind.VOID) {
      return CodeBlock.builder().addStatement("$L$L$L)", head, invocation, parameters).build();
    }
    return CodeBlock.builder()
        .add("$L{\n", head)
        .indent()
        .addStatement("$L", invocation)
        .addStatement("return null")
        .unindent()
        .add("}$L);\n", parameters)
        .build();
  }

  /**
   * A property read (and written) through lambdas; a final field of a primitive type or String is
   * declared as one, whose value the runtime reads once per wrapper and keeps in JavaScript.
   */
  private static CodeBlock property(ExposedProperty property) {
    CodeBlock type = TypeCodes.jsType(property.type());
    if (isCarriedFinalField(property)) {
      return CodeBlock.of("$L.finalField($S, $L, $L -> $L)", TEMPLATE, property.jsName(), type, SELF,
          read(property.getter()));
    }
    return CodeBlock.of("$L.property($S, $L, $L -> $L, $L)", TEMPLATE, property.jsName(), type, SELF,
        read(property.getter()), setter(property));
  }

  /** A read-only field (so a final one) whose value JavaScript can hold as it is. */
  private static boolean isCarriedFinalField(ExposedProperty property) {
    if (property.getter().via() != Via.FIELD || property.setter().isPresent()) {
      return false;
    }
    return switch (property.type().kind()) {
      case BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, CHAR, STRING -> true;
      default -> false;
    };
  }

  private static CodeBlock read(Access getter) {
    return getter.via() == Via.FIELD
        ? CodeBlock.of("$L.$N", SELF, getter.javaName())
        : CodeBlock.of("$L.$N()", SELF, getter.javaName());
  }

  private static CodeBlock setter(ExposedProperty property) {
    if (property.setter().isEmpty()) {
      return CodeBlock.of("null");
    }
    Access setter = property.setter().get();
    CodeBlock value = TypeCodes.read(property.type(), VALUE, 0);
    return setter.via() == Via.FIELD
        ? CodeBlock.of("($L, $L) -> $L.$N = $L", SELF, VALUE, SELF, setter.javaName(), value)
        : CodeBlock.of("($L, $L) -> $L.$N($L)", SELF, VALUE, SELF, setter.javaName(), value);
  }

  /** The Java call's arguments: {@code args.intAt(0), args.stringAt(1)}. */
  private static CodeBlock arguments(List<ExposedParameter> parameters) {
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (int i = 0; i < parameters.size(); i++) {
      ExposedParameter parameter = parameters.get(i);
      arguments.add(i == 0 ? "$L" : ", $L", parameter.mode() == ExposedParameter.Mode.REST
          ? TypeCodes.readRest(parameter.type(), ARGS, i)
          : TypeCodes.read(parameter.type(), ARGS, i));
    }
    return arguments.build();
  }

  /** The trailing varargs of the declaration: {@code , JsParam.of("delta", JsType.INT)}. */
  private static CodeBlock declaredParameters(List<ExposedParameter> parameters) {
    CodeBlock.Builder declared = CodeBlock.builder();
    parameters.forEach(p -> declared.add(", $T.$L($S, $L)", RuntimeNames.JS_PARAM, switch (p.mode()) {
      case REQUIRED -> "of";
      case OPTIONAL -> "optional";
      case REST -> "rest";
    }, p.name(), TypeCodes.jsType(p.type())));
    return declared.build();
  }
}
