package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.jsbind.runtime.binding.BindingFormat;
import dev.jsbind.runtime.binding.JsBinding;
import org.junit.jupiter.api.Test;

/**
 * The processor spells the runtime's names and constants out (it never loads the runtime); the
 * runtime on the test classpath is the one generated code is compiled and run against.
 */
class RuntimeNamesTest {

  @Test
  void bindingFormatIsTheOneTheRuntimeReads() {
    assertThat(RuntimeNames.BINDING_FORMAT).isEqualTo(BindingFormat.CURRENT);
  }

  @Test
  void namesAreTheRuntimesClasses() {
    assertThat(RuntimeNames.JS_BINDING.canonicalName()).isEqualTo(JsBinding.class.getCanonicalName());
    assertThat(RuntimeNames.BINDING_SUFFIX).isEqualTo(JsBinding.SUFFIX);
  }
}
