package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jsbind.processor.Compilations.compile;
import static dev.jsbind.processor.Compilations.example;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @JsOptional} and varargs parameters: bindings, declarations, and what is refused. */
class OptionalAndRestTest {

  @Test
  void optionalAndRestParametersAreDeclared() {
    JavaFileObject file = example("Text", """
        @JsExposed
        public class Text {
          public Text(String text, @JsOptional Integer size) {}
          public static String join(String separator, @JsOptional Boolean upper, String... parts) { return ""; }
          public int sum(int... values) { return 0; }
          public void paint(Text... texts) {}
        }
        """);
    Compilation compilation = Compilations.compileWithApi(List.of(), file);
    assertThat(compilation).succeededWithoutWarnings();
    String binding = Compilations.generatedSource(compilation, "com.example.Text_JsBinding");
    String members = BindingMembers.of(binding);
    assertThat(members).contains("C new VOID =STRING:text ?BOXED_INT:size"
        + " -> return new Text(args.stringAt(0), args.boxedIntAt(1));");
    assertThat(members).contains("S join STRING =STRING:separator ?BOXED_BOOLEAN:upper *STRING:parts"
        + " -> return Text.join(args.stringAt(0), args.boxedBooleanAt(1), JsRest.strings(args, 2));");
    assertThat(members).contains("M sum INT *INT:values -> return self.sum(JsRest.ints(args, 0));");
    assertThat(members).contains("M paint VOID *JsType.object(Text.class):texts"
        + " -> self.paint(JsRest.objects(args, 0, Text.class, new Text[JsRest.count(args, 0)])); return null;");
    String dts = Compilations.classOutputText(compilation, ApiFiles.DECLARATIONS);
    assertThat(dts).contains("constructor(text: string | null, size?: number | null);");
    assertThat(dts).contains("static join(separator: string | null, upper?: boolean | null, ...parts: (string | null)[]):"
        + " string | null;");
    assertThat(dts).contains("sum(...values: number[]): number;");
    assertThat(dts).contains("paint(...texts: Text[]): void;");
    String report = Compilations.classOutputText(compilation, ApiFiles.EXPOSURE_REPORT);
    assertThat(report).contains("Text.join\tstatic method\t(string | null, [boolean | null], ...(string | null)[])"
        + " => string | null\tjava.lang.String com.example.Text.join(java.lang.String, java.lang.Boolean, java.lang.String[])");
  }

  @Test
  void invalidOptionalParameters() {
    JavaFileObject file = example("Text", """
        @JsExposed
        public class Text {
          public void size(@JsOptional int size) {}
          public void early(@JsOptional String first, String second) {}
          public void rest(@JsOptional String... parts) {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[jsbind.invalid-optional] parameter 'size' of method Text.size(int) is annotated with"
            + " @JsOptional, but its type int cannot be null, which is what Java gets when JavaScript omits it."
            + " Use its box (Integer), or remove @JsOptional.")
        .inFile(file).onLineContaining("int size)");
    assertThat(compilation)
        .hadErrorContaining("[jsbind.invalid-optional] parameter 'first' of method Text.early(java.lang.String,"
            + " java.lang.String) is annotated with @JsOptional, but the required parameter 'second' follows it.")
        .inFile(file).onLineContaining("String first");
    assertThat(compilation)
        .hadErrorContaining("[jsbind.invalid-optional] parameter 'parts' of method Text.rest(java.lang.String...)"
            + " is annotated with @JsOptional, but it is a varargs parameter")
        .inFile(file).onLineContaining("String... parts");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void overloadsCannotHaveOptionalOrRestParameters() {
    JavaFileObject file = example("Text", """
        @JsExposed
        public class Text {
          public void add(String text) {}
          public void add(int... values) {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.ambiguous-overload] method Text.add(int...) and method Text.add(java.lang.String)"
            + " are overloads of the JavaScript method 'add', but JavaScript cannot tell them apart: overloads"
            + " cannot have @JsOptional or varargs parameters")
        .inFile(file).onLineContaining("add(int... values)");
  }

  @Test
  void optionalOutsideAnExposedClass() {
    JavaFileObject file = example("Plain", """
        public final class Plain {
          public void take(@JsOptional String text) {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.not-exposed] parameter 'text' of method Plain.take(java.lang.String) is"
            + " annotated with @JsOptional")
        .inFile(file).onLineContaining("String text");
  }
}
