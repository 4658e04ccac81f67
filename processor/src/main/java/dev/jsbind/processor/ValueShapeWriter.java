package dev.jsbind.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code JsValueShape} subclass of one {@code @JsValue} class: its component names and
 * types, and the constructor and accessor calls that build and take apart an instance (so the
 * runtime needs no reflection). Compiles for Java 8.
 */
final class ValueShapeWriter {
  private static final ClassName JS_VALUE_SHAPE = ClassName.get("dev.jsbind.runtime.binding", "JsValueShape");
  private static final String COMPONENTS = "c";
  private static final String VALUE = "value";

  TypeSpec write(ValueClass model) {
    ClassName value = TypeCodes.className(model.type());
    ClassName shape = ValueCodes.shapeClass(model.type());
    List<ValueClass.Component> components = model.components();
    CodeBlock.Builder names = CodeBlock.builder();
    components.forEach(c -> names.add(", $S", c.name()));
    return TypeSpec.classBuilder(shape)
        .addJavadoc("How {@link $T} is copied to and from JavaScript, as a plain object.\n", value)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(JS_VALUE_SHAPE, value))
        .addField(FieldSpec.builder(shape, "SHAPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T()", shape)
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addStatement("super($T.class, $S, $L$L)", value, model.jsName(), RuntimeNames.BINDING_FORMAT, names.build())
            .build())
        .addMethod(types(components))
        .addMethod(create(model, value))
        .addMethod(componentsOf(components, value))
        .build();
  }

  private static MethodSpec types(List<ValueClass.Component> components) {
    CodeBlock.Builder list = CodeBlock.builder();
    for (int i = 0; i < components.size(); i++) {
      list.add(i == 0 ? "$L" : ", $L", TypeCodes.jsType(components.get(i).type()));
    }
    return MethodSpec.methodBuilder("types")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(ArrayTypeName.of(RuntimeNames.JS_TYPE))
        .addStatement("return new $T[] {$L}", RuntimeNames.JS_TYPE, list.build())
        .build();
  }

  private static MethodSpec create(ValueClass model, ClassName value) {
    MethodSpec.Builder create = MethodSpec.methodBuilder("create")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(value)
        .addParameter(ArrayTypeName.of(ClassName.OBJECT), COMPONENTS);
    List<ValueClass.Component> components = model.components();
    if (model.construction() == ValueClass.Construction.CONSTRUCTOR) {
      CodeBlock.Builder arguments = CodeBlock.builder();
      for (int i = 0; i < components.size(); i++) {
        arguments.add(i == 0 ? "$L" : ", $L", component(components.get(i), i));
      }
      return create.addStatement("return new $T($L)", value, arguments.build()).build();
    }
    create.addStatement("$T $L = new $T()", value, VALUE, value);
    for (int i = 0; i < components.size(); i++) {
      create.addStatement("$L.$N = $L", VALUE, components.get(i).name(), component(components.get(i), i));
    }
    return create.addStatement("return $L", VALUE).build();
  }

  /** {@code JsValueShape.<Integer>component(c, 0)}: typed, so no unchecked cast in generated code. */
  private static CodeBlock component(ValueClass.Component component, int index) {
    return CodeBlock.of("$T.<$T>component($L, $L)", JS_VALUE_SHAPE, ValueCodes.javaType(component.type()).box(),
        COMPONENTS, index);
  }

  private static MethodSpec componentsOf(List<ValueClass.Component> components, ClassName value) {
    CodeBlock.Builder list = CodeBlock.builder();
    for (int i = 0; i < components.size(); i++) {
      ValueClass.Component c = components.get(i);
      list.add(i == 0 ? "" : ", ").add(c.viaMethod() ? "$L.$N()" : "$L.$N", VALUE, c.name());
    }
    return MethodSpec.methodBuilder("components")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(ArrayTypeName.of(ClassName.OBJECT))
        .addParameter(value, VALUE)
        .addStatement("return new $T[] {$L}", ClassName.OBJECT, list.build())
        .build();
  }
}
