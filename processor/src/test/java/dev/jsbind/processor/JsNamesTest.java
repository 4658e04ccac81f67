package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.jsbind.processor.JsNames.Scope;
import org.junit.jupiter.api.Test;

class JsNamesTest {

  @Test
  void decapitalizeLikeJavaBeans() {
    assertThat(JsNames.decapitalize("Url")).isEqualTo("url");
    assertThat(JsNames.decapitalize("URL")).isEqualTo("URL");
    assertThat(JsNames.decapitalize("X")).isEqualTo("x");
    assertThat(JsNames.decapitalize("xCoord")).isEqualTo("xCoord");
  }

  @Test
  void annotationNamesMustBePlainIdentifiers() {
    assertThat(JsNames.problem("$ok_1", Scope.PROTOTYPE, true)).isEmpty();
    assertThat(JsNames.problem("1st", Scope.PROTOTYPE, true)).isPresent();
    assertThat(JsNames.problem("café", Scope.PROTOTYPE, true)).isPresent();
    assertThat(JsNames.problem("yield", Scope.PROTOTYPE, true)).isPresent();
  }

  @Test
  void javaDerivedNamesMayBeReservedWordsButNotReservedMembers() {
    // obj.delete() is fine in JavaScript, and Java methods are often called delete.
    assertThat(JsNames.problem("delete", Scope.PROTOTYPE, false)).isEmpty();
    assertThat(JsNames.problem("__proto__", Scope.PROTOTYPE, false)).isPresent();
    assertThat(JsNames.problem("length", Scope.PROTOTYPE, false)).isEmpty();
    assertThat(JsNames.problem("length", Scope.STATIC, false)).isPresent();
    assertThat(JsNames.problem("prototype", Scope.STATIC, true)).isPresent();
  }

  @Test
  void classNamesAreBindingsSoNoReservedWordEvenFromJava() {
    assertThat(JsNames.problem("function", Scope.GLOBAL, false)).hasValue("is a JavaScript reserved word");
    assertThat(JsNames.problem("eval", Scope.GLOBAL, false)).isPresent();
    assertThat(JsNames.problem("Counter", Scope.GLOBAL, false)).isEmpty();
  }

  @Test
  void strictModeForbidsSomeParameterNamesThatAreNotReservedWords() {
    assertThat(JsNames.isStrictModeReserved("arguments")).isTrue();
    assertThat(JsNames.isStrictModeReserved("let")).isTrue();
    assertThat(JsNames.isStrictModeReserved("title")).isFalse();
  }
}
