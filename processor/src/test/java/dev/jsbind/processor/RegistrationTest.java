package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;

/** How build tools find the processor. */
class RegistrationTest {

  @Test
  void javacFindsTheProcessorThroughServiceLoader() {
    assertThat(ServiceLoader.load(Processor.class).stream().map(p -> p.type().getName()).toList())
        .contains(JsBindProcessor.class.getName());
  }

  @Test
  void gradleTreatsTheProcessorAsIsolating() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/META-INF/gradle/incremental.annotation.processors")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim())
          .isEqualTo("dev.jsbind.processor.JsBindProcessor,isolating");
    }
  }
}
