package dev.jsbind.runtime.j2v8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads the JavaScript the runtime ships next to its classes. */
final class Resources {
  private Resources() {}

  static String read(String name) {
    InputStream in = Resources.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("jsbind runtime resource missing: " + name);
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      for (int n; (n = in.read(chunk)) > 0; ) {
        out.write(chunk, 0, n);
      }
      return new String(out.toByteArray(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read jsbind runtime resource " + name, e);
    } finally {
      try {
        in.close();
      } catch (IOException ignored) {
        // nothing was lost: the content was read or the read already failed
      }
    }
  }
}
