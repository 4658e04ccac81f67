package dev.jsbind.runtime.j2v8;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The process's resident memory, from {@code /proc/self/statm} (Linux and Android). J2V8 4.8 has no
 * V8 heap statistics, and typed-array memory lives outside V8's heap anyway, so the memory budget
 * watches what the process really holds.
 */
final class ResidentMemory {
  private static final long PAGE = 4096;

  private ResidentMemory() {}

  /** Resident bytes, or -1 where /proc is not available. */
  static long bytes() {
    byte[] buffer = new byte[128];
    int length;
    try (InputStream in = new FileInputStream("/proc/self/statm")) {
      length = in.read(buffer);
    } catch (IOException e) {
      return -1;
    }
    // "size resident shared ...", in pages
    int i = 0;
    while (i < length && buffer[i] != ' ') {
      i++;
    }
    long pages = 0;
    for (i++; i < length && buffer[i] >= '0' && buffer[i] <= '9'; i++) {
      pages = pages * 10 + (buffer[i] - '0');
    }
    return pages * PAGE;
  }
}
