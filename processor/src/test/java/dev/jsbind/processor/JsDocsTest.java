package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Javadoc → the JSDoc of a class, property, constructor or method. */
class JsDocsTest {
  @Test
  void executablesKeepKnownParametersReturnsAndMappedThrows() {
    List<String> lines = JsDocs.forExecutable(
        " Does it.\n @param in the input\n @param <T> a type\n @param gone no such parameter\n"
            + " @return the result\n @throws NullPointerException if null\n @exception java.io.IOException never\n"
            + " @author me\n @see Other#thing",
        Map.of("in", "in_"), true);
    assertThat(lines).containsExactly("Does it.", "@param in_ the input", "@returns the result",
        "@throws {TypeError} if null", "@throws {Error} never", "@see Other.thing").inOrder();
  }

  @Test
  void voidMethodsDropReturnsAndPropertiesFallBackToIt() {
    assertThat(JsDocs.forExecutable(" @return nothing", Map.of(), false)).isEmpty();
    assertThat(JsDocs.forProperty(" @return the title\n @deprecated gone"))
        .containsExactly("the title", "@deprecated gone");
    assertThat(JsDocs.forProperty(" The title.\n @return the title")).containsExactly("The title.");
  }

  @Test
  void aCommentEndCannotEscape() {
    assertThat(JsDocs.forClass(" a *&#47; b")).containsExactly("a *\\/ b");
  }
}
