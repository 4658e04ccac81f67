package dev.jsbind.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.jsbind.processor.ExposedProperty.Access;
import dev.jsbind.processor.ExposedProperty.Via;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code JsBinding} subclass for one exposed class: a member table (one string: names,
 * types, parameters; see the runtime's {@code MemberTable}) that {@code define} hands to the
 * template, and an {@code invoke} switch with one case per member that calls the Java member.
 *
 * <p>Data plus one switch, not a declaration statement and a lambda per member: the processor's
 * cost to a build is mostly javac compiling what it generates, and javac compiles a string
 * literal and plain calls several times faster than overloaded generic declarations with lambdas.
 * The code must compile for Java 8 without warnings. Parameters have fixed names: user code only
 * appears in member selections ({@code self.x}, {@code Type.x}), never as a local that could clash.
 */
final class BindingWriter {
  private static final String TEMPLATE = "t";
  private static final String MEMBER = "member";
  private static final String SELF = "self";
  private static final String ARGS = "args";

  TypeSpec write(ExposedClass model) {
    ClassName exposed = TypeCodes.className(model.type());
    Members members = new Members(exposed);
    model.constructors().forEach(c -> members.add("C", "new", null, c.parameters(),
        returning(CodeBlock.of("new $T($L)", exposed, arguments(c.parameters())))));
    model.methods().forEach(m -> members.add("M", m.jsName(), m.returns(), m.parameters(),
        call(CodeBlock.of("$L", SELF + "." + m.javaName()), m)));
    model.properties().forEach(p -> {
      // A final field JavaScript can hold as it is: the runtime reads it once per wrapper.
      members.add(isCarriedFinalField(p) ? "F" : "G", p.jsName(), p.type(), List.of(), returning(read(p.getter())));
      p.setter().ifPresent(s -> members.add("W", p.jsName(), p.type(), List.of(), write(s, p.type())));
    });
    model.staticMethods().forEach(m -> members.add("S", m.jsName(), m.returns(), m.parameters(),
        call(CodeBlock.of("$T.$N", exposed, m.javaName()), m)));
    model.staticFields().forEach(f -> staticField(members, f, exposed));
    return TypeSpec.classBuilder(String.join("_", model.type().simpleNames()) + RuntimeNames.BINDING_SUFFIX)
        .addJavadoc("JavaScript binding of {@link $T}: installs constructor {@code $L} and its members.\n",
            exposed, model.jsName())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(RuntimeNames.JS_BINDING, exposed))
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addStatement("super($T.class, $S, $L)", exposed, model.jsName(), RuntimeNames.BINDING_FORMAT)
            .build())
        .addMethod(members.define())
        .addMethod(members.invoke())
        .build();
  }

  /**
   * A constant (its value is read once, when the template is made, and then lives in JavaScript),
   * or a static property read and, when not final, written through {@code invoke}.
   */
  private static void staticField(Members members, ExposedStaticField field, ClassName exposed) {
    CodeBlock target = CodeBlock.of("$T.$N", exposed, field.javaName());
    if (field.isConstant()) {
      members.add("K", field.jsName(), field.type(), List.of(), returning(target));
      return;
    }
    members.add("g", field.jsName(), field.type(), List.of(), returning(target));
    if (field.writable()) {
      members.add("w", field.jsName(), field.type(), List.of(),
          thenNull(CodeBlock.of("$L = $L", target, TypeCodes.read(field.type(), ARGS, 0))));
    }
  }

  /** A method call; a void method's case returns null, because {@code invoke} returns the (boxed) result. */
  private static CodeBlock call(CodeBlock target, ExposedMethod method) {
    CodeBlock invocation = CodeBlock.of("$L($L)", target, arguments(method.parameters()));
    return method.returns().kind() == JsTypeRef.Kind.VOID ? thenNull(invocation) : returning(invocation);
  }

  /** A case that returns {@code value}. */
  private static CodeBlock returning(CodeBlock value) {
    return CodeBlock.builder().addStatement("return $L", value).build();
  }

  /** A case that runs {@code statement} and returns null: {@code void} calls and writes. */
  private static CodeBlock thenNull(CodeBlock statement) {
    return CodeBlock.builder().addStatement("$L", statement).addStatement("return null").build();
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

  private static CodeBlock write(Access setter, JsTypeRef type) {
    CodeBlock value = TypeCodes.read(type, ARGS, 0);
    return setter.via() == Via.FIELD
        ? thenNull(CodeBlock.of("$L.$N = $L", SELF, setter.javaName(), value))
        : thenNull(CodeBlock.of("$L.$N($L)", SELF, setter.javaName(), value));
  }

  /** The Java call's arguments: {@code args.intAt(0), args.stringAt(1)}. */
  private static CodeBlock arguments(List<ExposedParameter> parameters) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      ExposedParameter parameter = parameters.get(i);
      arguments.add(parameter.mode() == ExposedParameter.Mode.REST
          ? TypeCodes.readRest(parameter.type(), ARGS, i)
          : TypeCodes.read(parameter.type(), ARGS, i));
    }
    return CodeBlock.join(arguments, ", ");
  }

  /** The table lines, the types they refer to by index, and the switch cases, in member order. */
  private static final class Members {
    private final ClassName exposed;
    private final List<String> lines = new ArrayList<>();
    private final List<CodeBlock> cases = new ArrayList<>();
    /** Types that are not named constants, by their code, in order of first use. */
    private final Map<String, CodeBlock> types = new LinkedHashMap<>();

    Members(ClassName exposed) {
      this.exposed = exposed;
    }

    /** {@code type} is null for a constructor, whose result is the exposed class; {@code body} is the case's statements. */
    void add(String kind, String jsName, JsTypeRef type, List<ExposedParameter> parameters, CodeBlock body) {
      StringBuilder line = new StringBuilder(kind).append(' ').append(jsName).append(' ')
          .append(type == null ? "VOID" : code(type));
      for (ExposedParameter p : parameters) {
        line.append(' ').append(switch (p.mode()) {
          case REQUIRED -> '=';
          case OPTIONAL -> '?';
          case REST -> '*';
        }).append(code(p.type())).append(':').append(p.name());
      }
      lines.add(line.toString());
      cases.add(body);
    }

    /** A named {@code JsType} constant ({@code INT}), else {@code #i} for the types array. */
    private String code(JsTypeRef type) {
      if (TypeCodes.isNamedConstant(type)) {
        return type.kind().name();
      }
      CodeBlock code = TypeCodes.jsType(type);
      types.putIfAbsent(code.toString(), code);
      return "#" + new ArrayList<>(types.keySet()).indexOf(code.toString());
    }

    MethodSpec define() {
      // One literal: JavaPoet breaks it after each newline itself, one line per member.
      CodeBlock table = CodeBlock.of("$S", String.join("\n", lines));
      CodeBlock typeArray = types.isEmpty()
          ? CodeBlock.of("new $T[0]", RuntimeNames.JS_TYPE)
          : CodeBlock.of("new $T[] {\n        $L}", RuntimeNames.JS_TYPE, CodeBlock.join(types.values(), ",\n        "));
      return MethodSpec.methodBuilder("define")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .addParameter(ParameterizedTypeName.get(RuntimeNames.CLASS_TEMPLATE, exposed), TEMPLATE)
          .addStatement("$L.members($L,\n    $L, this)", TEMPLATE, table, typeArray)
          .build();
    }

    MethodSpec invoke() {
      CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch ($L)", MEMBER);
      for (int n = 0; n < cases.size(); n++) {
        body.add("case " + n + ":\n").indent().add(cases.get(n)).unindent();
      }
      body.add("default:\n").indent()
          .addStatement("throw new $T($S + $L)", IllegalArgumentException.class, "no member ", MEMBER)
          .unindent()
          .endControlFlow();
      return MethodSpec.methodBuilder("invoke")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(ClassName.OBJECT)
          .addParameter(TypeName.INT, MEMBER)
          .addParameter(exposed, SELF)
          .addParameter(RuntimeNames.JS_ARGS, ARGS)
          .addException(Throwable.class)
          .addCode(body.build())
          .build();
    }
  }
}
