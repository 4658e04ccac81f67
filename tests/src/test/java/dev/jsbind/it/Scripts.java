package dev.jsbind.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the JavaScript of the reliability suites from test resources. */
final class Scripts {
  private Scripts() {}

  static String load(String name) {
    try (InputStream in = Scripts.class.getResourceAsStream("/reliability/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test script " + name);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      for (int n; (n = in.read(chunk)) > 0; ) {
        out.write(chunk, 0, n);
      }
      return new String(out.toByteArray(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
