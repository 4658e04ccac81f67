package dev.jsbind.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The processor's compile-time cost: generated sources of N {@code @JsExposed} classes × 10
 * methods, compiled in-process with {@code javax.tools} three ways: plain javac
 * ({@code -proc:none}), javac with the jsbind processor (which also compiles the bindings it
 * writes: what a user's build pays), and the processor alone ({@code -proc:only}). Warm-up
 * compiles first, then the modes alternate; prints
 * {@code COMPILE n mode median min max} (milliseconds).
 *
 * <p>Arguments: {@code classpath processorpath reps sizes…}.
 */
public final class CompileTime {
  private CompileTime() {}

  public static void main(String[] args) throws IOException {
    String classpath = args[0];
    String processorPath = args[1];
    int reps = Integer.parseInt(args[2]);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path root = Files.createTempDirectory("jsbind-compile");
    try {
      Path warm = generate(root.resolve("warm"), 100);
      for (int i = 0; i < 3; i++) {
        for (Mode mode : Mode.values()) {
          compile(javac, warm, root.resolve("out"), classpath, processorPath, mode);
        }
      }
      for (int a = 3; a < args.length; a++) {
        int n = Integer.parseInt(args[a]);
        Path sources = generate(root.resolve("src" + n), n);
        compile(javac, sources, root.resolve("out"), classpath, processorPath, Mode.PLAIN);
        compile(javac, sources, root.resolve("out"), classpath, processorPath, Mode.PROCESSOR);
        long[][] times = new long[Mode.values().length][reps];
        for (int r = 0; r < reps; r++) {
          for (Mode mode : Mode.values()) {
            times[mode.ordinal()][r] = compile(javac, sources, root.resolve("out"), classpath, processorPath, mode);
          }
        }
        for (Mode mode : Mode.values()) {
          long[] t = times[mode.ordinal()];
          Arrays.sort(t);
          System.out.printf("COMPILE %d %s %.1f %.1f %.1f%n", n, mode.label, t[reps / 2] / 1e6, t[0] / 1e6, t[reps - 1] / 1e6);
        }
      }
    } finally {
      delete(root);
    }
  }

  enum Mode {
    PLAIN("javac"),
    PROCESSOR("javac+jsbind"),
    PROCESSOR_ONLY("jsbind-proc-only");

    final String label;

    Mode(String label) {
      this.label = label;
    }
  }

  private static long compile(JavaCompiler javac, Path sources, Path out, String classpath, String processorPath,
      Mode mode) throws IOException {
    delete(out);
    Files.createDirectories(out);
    List<String> options = new ArrayList<>(Arrays.asList("-d", out.toString(), "-s", out.toString(),
        "-cp", classpath, "--release", "8", "-Xlint:-options", "-implicit:none", "-nowarn"));
    switch (mode) {
      case PLAIN:
        options.add("-proc:none");
        break;
      case PROCESSOR:
        // Discovered from the processor path, as in a user's build: both processors, in service order.
        options.addAll(Arrays.asList("-processorpath", processorPath));
        break;
      default:
        options.addAll(Arrays.asList("-proc:only", "-processorpath", processorPath));
        break;
    }
    List<File> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(sources)) {
      walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.add(p.toFile()));
    }
    StringWriter diagnostics = new StringWriter();
    long start = System.nanoTime();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromFiles(files);
      boolean ok = javac.getTask(diagnostics, fm, null, options, null, units).call();
      long elapsed = System.nanoTime() - start;
      if (!ok) {
        throw new IllegalStateException("compile failed (" + mode + "):\n" + diagnostics);
      }
      if (mode == Mode.PROCESSOR && !Files.exists(out.resolve("gen/C0_JsBinding.class"))) {
        throw new IllegalStateException("the processor wrote no binding");
      }
      return elapsed;
    }
  }

  /** N classes × 10 methods of the kinds jsbind converts. */
  static Path generate(Path dir, int n) throws IOException {
    Path pkg = dir.resolve("gen");
    Files.createDirectories(pkg);
    for (int i = 0; i < n; i++) {
      String c = "C" + i;
      String src = "package gen;\n\n"
          + "import dev.jsbind.annotations.JsExposed;\n\n"
          + "@JsExposed\n"
          + "public class " + c + " {\n"
          + "  private int state;\n"
          + "  public " + c + "() {}\n"
          + "  public int m0(int a, int b) { return a + b + state; }\n"
          + "  public String m1(String s) { return s + " + i + "; }\n"
          + "  public double m2(double d, int k) { return d * k; }\n"
          + "  public boolean m3(boolean b) { return !b; }\n"
          + "  public long m4(long v) { return v + " + i + "L; }\n"
          + "  public void m5(String s) { state += s.length(); }\n"
          + "  public " + c + " m6(" + c + " other) { return other; }\n"
          + "  public int m7(int a, int b, int c) { return a * b - c; }\n"
          + "  public String m8(int v) { return Integer.toString(v + state); }\n"
          + "  public float m9(float f) { return f * 2; }\n"
          + "}\n";
      Files.write(pkg.resolve(c + ".java"), src.getBytes(StandardCharsets.UTF_8));
    }
    return dir;
  }

  private static void delete(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
