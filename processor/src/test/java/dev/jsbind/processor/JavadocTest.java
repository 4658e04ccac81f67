package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** Javadoc markup → Markdown, on the text {@code Elements.getDocComment} returns (a space after each line's '*'). */
class JavadocTest {
  @Test
  void inlineTagsBecomeMarkdown() {
    assertThat(Javadoc.convert("Use {@code a.b()} or {@literal <b>}, see {@link Foo#bar(int)},"
            + " {@link #baz}, {@linkplain Foo the foo} and {@value #MAX}.{@inheritDoc}"))
        .isEqualTo("Use `a.b()` or <b>, see `Foo.bar(int)`, `baz`, the foo and `#MAX`.");
  }

  @Test
  void nestedBracesStayInsideTheirTag() {
    assertThat(Javadoc.convert("{@code new int[] {1, 2}} done")).isEqualTo("`new int[] {1, 2}` done");
    assertThat(Javadoc.convert("unclosed {@code x")).isEqualTo("unclosed {@code x");
  }

  @Test
  void htmlBecomesMarkdown() {
    assertThat(Javadoc.convert("One.\n<p>Two <code>x</code>&lt;y &amp;&#64;z&#x41;.<br>Three</p>"))
        .isEqualTo("One.\n\nTwo `x`<y &@zA.\nThree");
  }

  @Test
  void preBlocksBecomeFencedCodeWithoutExtraBackticks() {
    Javadoc doc = Javadoc.parse(" Example:\n <pre>{@code\n   run(1);\n }</pre>\n @return x");
    assertThat(doc.description()).isEqualTo("Example:\n\n```\nrun(1);\n```");
    assertThat(doc.tags()).containsExactly(new Javadoc.Tag("return", "x"));
  }

  @Test
  void blockTagsStartALineAndMayContinueOnTheNext() {
    Javadoc doc = Javadoc.parse(" Adds.\n @param a the\n     first\n @since 2\n");
    assertThat(doc.description()).isEqualTo("Adds.");
    assertThat(doc.tags()).containsExactly(new Javadoc.Tag("param", "a the\nfirst"), new Javadoc.Tag("since", "2"))
        .inOrder();
  }
}
