package dev.jsbind.runtime.j2v8;

import com.eclipsesource.v8.V8;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/**
 * Where J2V8 unpacks its native library. By default J2V8 4.8 deletes and rewrites the same file in
 * the user's home directory each time a JVM loads it, so a JVM starting while another one runs can
 * truncate the library under it, which kills that JVM with SIGBUS (seen running benchmark forks
 * side by side). Each JVM therefore gets a directory of its own, removed once the library is
 * loaded (the loaded library stays mapped). Where J2V8 finds the library without unpacking it
 * (Android's APK, {@code java.library.path}), the directory stays empty.
 */
final class NativeLibrary {
  private static File directory;

  private NativeLibrary() {}

  /** Creates a V8 runtime, unpacking J2V8's library into this JVM's own directory the first time. */
  static synchronized V8 createRuntime() {
    if (V8.isLoaded()) {
      return V8.createV8Runtime();
    }
    if (directory == null) {
      try {
        directory = Files.createTempDirectory("jsbind-j2v8-").toFile();
      } catch (IOException e) {
        return V8.createV8Runtime(); // J2V8's default place, with its risk, rather than no runtime
      }
    }
    V8 runtime = V8.createV8Runtime(null, directory.getAbsolutePath());
    File[] unpacked = directory.listFiles();
    if (unpacked != null) {
      for (File file : unpacked) {
        file.delete(); // best effort: the library is mapped already
      }
    }
    directory.delete();
    return runtime;
  }
}
