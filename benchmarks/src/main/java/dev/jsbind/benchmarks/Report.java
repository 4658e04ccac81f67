package dev.jsbind.benchmarks;

import com.caoccao.javet.interop.V8Host;
import com.caoccao.javet.interop.V8Runtime;
import com.eclipsesource.v8.V8;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the whole comparison and writes the generated part of {@code docs/PERFORMANCE.md}:
 * W1–W8 for every system, start-up, memory per live wrapper and the processor's compile time.
 * Started by {@code benchmarks/run.sh}; everything here is one run, so ratios compare figures
 * measured minutes apart on the same machine.
 *
 * <p>Arguments: {@code [--quick|--long] [--skip-graal] [--doc PATH]}. System properties
 * {@code jdk25.home} (GraalJS forks), {@code bench.classpath}, {@code bench.out}.
 */
public final class Report {
  static final String BEGIN = "<!-- BEGIN GENERATED: benchmarks/run.sh rewrites everything down to END -->";
  static final String END = "<!-- END GENERATED -->";
  static final String[] SYSTEMS = {"jsbind", "j2v8-floor", "j2v8-reflective", "javet", "rhino", "graaljs-interp", "graaljs-jit"};
  static final String[] TITLES = {"jsbind", "J2V8 hand-written (floor)", "J2V8 reflective", "Javet 4.1.5 bind",
      "Rhino 1.9.2", "GraalJS 25 interpreted", "GraalJS 25 JIT"};
  static final String[] WORKLOADS = {
      "W1 `calc.add(i, 1)` int,int→int",
      "W2 `greeter.greet(s)` String→String",
      "W3 `new Point(i, 1)` + `p.getX()`",
      "W4 `repo.item(k).id`: Java object returned (identity), property read",
      "W5 a call that throws, caught in JS",
      "W6 JS callback invoked from Java `host.apply(f, i)`",
      "W7 1,000 ints in and out `ints.doubled(a)` (per array)",
      "W8 1 MB JSON parsed, 5,000 Java calls, transformed, serialised (per document)"};

  /** Settings of one group of forks. */
  static final class Plan {
    final int forks;
    final int warmups;
    final int iterations;
    final int seconds;

    Plan(int forks, int warmups, int iterations, int seconds) {
      this.forks = forks;
      this.warmups = warmups;
      this.iterations = iterations;
      this.seconds = seconds;
    }

    @Override
    public String toString() {
      return forks + " fork(s) × " + iterations + " iteration(s) × " + seconds + " s after " + warmups + " warm-up iteration(s)";
    }
  }

  private final Map<String, Statistics[]> results = new LinkedHashMap<>();
  private final Map<String, double[]> allocations = new LinkedHashMap<>();
  private final Map<String, String> failures = new LinkedHashMap<>();
  private final Map<String, Plan> plans = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  private final String classpath;
  private final Path out;
  private final String jdk25;
  private String mode = "default";

  private Report() {
    classpath = System.getProperty("bench.classpath", System.getProperty("java.class.path"));
    out = Paths.get(System.getProperty("bench.out", "benchmarks/target/results"));
    jdk25 = System.getProperty("jdk25.home", "/usr/lib/jvm/temurin-25-jdk-amd64");
  }

  public static void main(String[] args) throws Exception {
    Report report = new Report();
    Path doc = Paths.get("docs/PERFORMANCE.md");
    boolean graal = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick":
        case "--long":
        case "--smoke":
          report.mode = args[i].substring(2);
          break;
        case "--skip-graal":
          graal = false;
          break;
        case "--reuse":
          report.reuse = true;
          break;
        case "--doc":
          doc = Paths.get(args[++i]);
          break;
        default:
          throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Files.createDirectories(report.out);
    long start = System.nanoTime();
    report.loadBefore = loadAverage();
    report.runWorkloads(graal);
    String anatomy = report.runAnatomy();
    String startup = report.runStartup();
    String memory = report.runMemory();
    String compile = report.runCompile();
    String generated = report.render(anatomy, startup, memory, compile, (System.nanoTime() - start) / 60e9);
    write(doc, generated);
    System.out.println(generated);
    System.out.println("Wrote " + doc.toAbsolutePath());
  }

  // ---- plans ----------------------------------------------------------------------------------

  private Plan plan(String system) {
    boolean heavy = system.startsWith("graaljs") || system.equals("javet") || system.equals("rhino");
    switch (mode) {
      case "smoke":
        return new Plan(1, 0, 1, 1);
      case "quick":
        return new Plan(1, system.equals("graaljs-jit") ? 3 : 1, 2, 1);
      case "long":
        return new Plan(heavy ? 3 : 5, system.equals("graaljs-jit") ? 10 : 5, 10, 2);
      default:
        if (system.equals("graaljs-interp")) {
          return new Plan(1, 2, 3, 1);
        }
        if (system.equals("graaljs-jit")) {
          return new Plan(2, 5, 5, 1);
        }
        return new Plan(heavy ? 2 : 3, 3, 5, 1);
    }
  }

  private ChainedOptionsBuilder options(Plan plan, String name) {
    return new OptionsBuilder()
        .forks(plan.forks)
        .warmupIterations(plan.warmups)
        .warmupTime(TimeValue.seconds(plan.seconds))
        .measurementIterations(plan.iterations)
        .measurementTime(TimeValue.seconds(plan.seconds))
        .threads(1)
        .shouldFailOnError(false)
        .result(out.resolve(name + ".json").toString())
        .resultFormat(ResultFormatType.JSON)
        .addProfiler(org.openjdk.jmh.profile.GCProfiler.class)
        .output(out.resolve(name + ".log").toString());
  }

  // ---- W1–W8 ----------------------------------------------------------------------------------

  private void runWorkloads(boolean graal) {
    // JDK 17 systems: one JMH run per workload with every system as a parameter, so the forks of
    // jsbind, the floor and the peers follow each other and a change in machine load hits all alike.
    Plan plan17 = plan("jsbind");
    for (String system : SYSTEMS) {
      if (!system.startsWith("graaljs")) {
        plans.put(system, plan17);
      }
    }
    for (int w = 1; w <= 8; w++) {
      if (mode.equals("smoke") && w != 1 && w != 6) {
        continue;
      }
      List<String> systems = new ArrayList<>();
      for (String system : SYSTEMS) {
        if (!system.startsWith("graaljs")) {
          systems.add(system);
        }
      }
      System.out.println("== W" + w + ": " + systems + ", " + plan17);
      run("w" + w, options(plan17, "w" + w)
          .include(Workloads.class.getName() + "\\.w" + w + "$")
          .param("system", systems.toArray(new String[0]))
          .jvmArgsAppend(forkArgs("-Xms2g", "-Xmx2g")), systems, null);
    }
    for (String system : new String[] {"graaljs-interp", "graaljs-jit"}) {
      if (!graal) {
        failures.put(system, "skipped (--skip-graal)");
        continue;
      }
      Plan plan = plan(system);
      plans.put(system, plan);
      List<String> jvmArgs = new ArrayList<>(Arrays.asList("-Xms2g", "-Xmx2g", "--enable-native-access=ALL-UNNAMED",
          "--sun-misc-unsafe-memory-access=allow", "-Dpolyglot.engine.WarnInterpreterOnly=false",
          "-Djava.io.tmpdir=" + tmp(), "-Duser.home=" + tmp()));
      if (system.equals("graaljs-jit")) {
        jvmArgs.addAll(Arrays.asList("-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI",
            "--upgrade-module-path=" + graalModulePath()));
      }
      System.out.println("== " + system + ": " + plan);
      run(system, options(plan, system)
          .include(Workloads.class.getName() + (mode.equals("smoke") ? "\\.w1$" : "\\.w[1-8]$"))
          .param("system", "graaljs")
          .jvm(jdk25 + "/bin/java")
          .jvmArgs(jvmArgs.toArray(new String[0])), Arrays.asList(system), system);
    }
  }

  /**
   * Runs one JMH group and files its results by system and workload ({@code as}: the name to file
   * them under instead of the {@code system} parameter). A benchmark that failed (a leak check, a
   * crash) has no result: it is reported with the log to read, never silently dropped.
   */
  private void run(String name, ChainedOptionsBuilder options, List<String> expected, String as) {
    try {
      int count = name.startsWith("w") ? expected.size() : mode.equals("smoke") ? 1 : 8;
      for (Res r : jmh(name, options, count)) {
        String label = r.benchmark;
        int w = label.charAt(label.length() - 1) - '0';
        String system = as != null ? as : r.params.get("system");
        results.computeIfAbsent(system, k -> new Statistics[9])[w] = r.stats;
        if (r.alloc != null) {
          allocations.computeIfAbsent(system, k -> new double[9])[w] = r.alloc;
        }
      }
    } catch (RunnerException | RuntimeException e) {
      System.out.println("!! " + name + " failed: " + e);
    }
    String log = "benchmarks/target/results/" + name + ".log";
    for (String system : expected) {
      for (int w = 1; w <= 8; w++) {
        boolean wanted = name.startsWith("w") ? name.equals("w" + w) : !mode.equals("smoke") || w == 1;
        Statistics[] got = results.get(system);
        if (wanted && (got == null || got[w] == null)) {
          failures.put(system + " W" + w, "no result: the benchmark failed (leak check or crash), see " + log);
        }
      }
    }
  }

  /** JVM arguments for every JDK 17 fork and probe: see {@link #tmp()}. */
  private String[] forkArgs(String... more) {
    List<String> args = new ArrayList<>(Arrays.asList(more));
    args.add("-Djava.io.tmpdir=" + tmp());
    args.add("-Duser.home=" + tmp());
    return args.toArray(new String[0]);
  }

  private String tmp() {
    // J2V8 4.8 extracts its native library into user.home (Javet into java.io.tmpdir) each time a
    // JVM loads it; another JVM rewriting that shared file while this one maps it dies of SIGBUS
    // (seen here, with other builds running), so the forks get private ones.
    Path dir = out.resolve("tmp").toAbsolutePath();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return dir.toString();
  }


  /** One benchmark's result, from this run or (with --reuse) from the JSON an earlier run wrote. */
  static final class Res {
    final String benchmark;
    final Map<String, String> params;
    final Statistics stats;
    final Double alloc;

    Res(String benchmark, Map<String, String> params, Statistics stats, Double alloc) {
      this.benchmark = benchmark;
      this.params = params;
      this.stats = stats;
      this.alloc = alloc;
    }

    String shortName() {
      return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }
  }

  private boolean reuse;
  private final List<String> reused = new ArrayList<>();

  /**
   * Runs one JMH group, or with {@code --reuse} takes its results from the JSON file an earlier
   * run left when that file has at least {@code expected} results (an interrupted run resumes).
   */
  private List<Res> jmh(String name, ChainedOptionsBuilder options, int expected) throws RunnerException {
    Path json = out.resolve(name + ".json");
    if (reuse && Files.exists(json)) {
      List<Res> loaded = load(json);
      if (loaded.size() >= expected) {
        System.out.println("== " + name + ": reusing " + json);
        reused.add(name + " (" + java.time.Instant.ofEpochMilli(json.toFile().lastModified()).toString().substring(0, 16)
            .replace('T', ' ') + " UTC)");
        return loaded;
      }
    }
    List<Res> list = new ArrayList<>();
    for (RunResult r : new Runner(options.build()).run()) {
      org.openjdk.jmh.results.Result<?> alloc = allocation(r);
      list.add(new Res(r.getParams().getBenchmark(), paramsOf(r), r.getPrimaryResult().getStatistics(),
          alloc == null ? null : alloc.getScore()));
    }
    return list;
  }

  private static Map<String, String> paramsOf(RunResult r) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String key : r.getParams().getParamsKeys()) {
      params.put(key, r.getParams().getParam(key));
    }
    return params;
  }

  /** Reads JMH's JSON result file (parsed with Rhino's JSON, already on the class path). */
  @SuppressWarnings("unchecked")
  private static List<Res> load(Path json) {
    List<Res> list = new ArrayList<>();
    org.mozilla.javascript.Context cx = org.mozilla.javascript.Context.enter();
    try {
      org.mozilla.javascript.Scriptable scope = cx.initStandardObjects();
      String text = new String(Files.readAllBytes(json), StandardCharsets.UTF_8);
      if (text.trim().isEmpty()) {
        return list;
      }
      Object parsed = cx.evaluateString(scope, "(" + text + ")", json.toString(), 1, null);
      for (Object item : (List<Object>) parsed) {
        Map<String, Object> entry = (Map<String, Object>) item;
        Map<String, String> params = new LinkedHashMap<>();
        Object p = entry.get("params");
        if (p instanceof Map) {
          for (Map.Entry<String, Object> e : ((Map<String, Object>) p).entrySet()) {
            params.put(e.getKey(), String.valueOf(e.getValue()));
          }
        }
        org.openjdk.jmh.util.ListStatistics stats = new org.openjdk.jmh.util.ListStatistics();
        Map<String, Object> primary = (Map<String, Object>) entry.get("primaryMetric");
        for (Object fork : (List<Object>) primary.get("rawData")) {
          for (Object value : (List<Object>) fork) {
            stats.addValue(((Number) value).doubleValue());
          }
        }
        Double alloc = null;
        Object secondary = entry.get("secondaryMetrics");
        if (secondary instanceof Map) {
          for (Map.Entry<String, Object> e : ((Map<String, Object>) secondary).entrySet()) {
            if (e.getKey().endsWith("gc.alloc.rate.norm")) {
              alloc = ((Number) ((Map<String, Object>) e.getValue()).get("score")).doubleValue();
            }
          }
        }
        list.add(new Res((String) entry.get("benchmark"), params, stats, alloc));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      org.mozilla.javascript.Context.exit();
    }
    return list;
  }

  /** The Graal compiler and the modules it needs, for {@code --upgrade-module-path}. */
  private String graalModulePath() {
    List<String> path = new ArrayList<>();
    File compilerDir = new File(out.getParent().toFile(), "graal-compiler");
    File[] jars = compilerDir.listFiles((d, n) -> n.endsWith(".jar"));
    if (jars == null || jars.length == 0) {
      throw new IllegalStateException("no Graal compiler in " + compilerDir + ": build with -Pbenchmarks package");
    }
    for (File jar : jars) {
      path.add(jar.getPath());
    }
    for (String entry : classpath.split(File.pathSeparator)) {
      String name = new File(entry).getName();
      if (name.matches("(collections|word|nativeimage|truffle-compiler)-[0-9.]+\\.jar")) {
        path.add(entry);
      }
    }
    return String.join(File.pathSeparator, path);
  }

  // ---- start-up, memory, compile time ---------------------------------------------------------

  /** JMH's {@code gc.alloc.rate.norm} (bytes per operation), whatever prefix this JMH version gives it. */
  private static org.openjdk.jmh.results.Result<?> allocation(RunResult r) {
    for (Map.Entry<String, ? extends org.openjdk.jmh.results.Result> e : r.getSecondaryResults().entrySet()) {
      if (e.getKey().endsWith("gc.alloc.rate.norm")) {
        return e.getValue();
      }
    }
    return null;
  }

  private String runAnatomy() {
    Plan plan = mode.equals("smoke") ? new Plan(1, 0, 1, 1) : mode.equals("quick") ? new Plan(1, 1, 2, 1)
        : mode.equals("long") ? new Plan(5, 5, 10, 2) : new Plan(3, 3, 5, 1);
    StringBuilder md = new StringBuilder();
    md.append("The W1 loop against variants that add one layer at a time (`Anatomy.java`; ").append(plan)
        .append("; interleaved in one JMH run):\n\n| variant | ns per call | Java bytes per call |\n|---|---|---|\n");
    String[][] variants = {
        {"empty", "J2V8 callback that reads nothing, returns a constant: the bare crossing"},
        {"floor", "the floor's callback: `length()`, two `get(i)` type checks, `add`"},
        {"shim-empty", "a JS method shaped like jsbind's glue (brand WeakMap, arity, int checks) → native `m(id, a, b)` reading nothing"},
        {"shim-reads", "the same, the native reading `id, a, b` with `getInteger` and calling `add`"},
        {"jsbind", "jsbind (arguments and the result through its Float64Array frame; `m()` has no arguments and is a `JavaVoidCallback`)"},
        {"void-frame", "the same by hand, without jsbind's checks in Java: arguments and result through a frame, a `JavaVoidCallback`"}};
    try {
      Map<String, Res> byVariant = new LinkedHashMap<>();
      for (Res r : jmh("anatomy", options(plan, "anatomy")
          .include(Anatomy.class.getName() + "\\.")
          .jvmArgsAppend(forkArgs("-Xms2g", "-Xmx2g")), variants.length)) {
        byVariant.put(r.params.get("variant"), r);
      }
      for (String[] v : variants) {
        Res r = byVariant.get(v[0]);
        md.append("| ").append(v[1]).append(" | ").append(r == null ? "failed" : cell(r.stats))
            .append(" | ").append(r == null || r.alloc == null ? "–" : fmt(r.alloc)).append(" |\n");
      }
    } catch (RunnerException | RuntimeException e) {
      md.append("| failed | ").append(e).append(" | |\n");
    }
    return md.toString();
  }

  private String runStartup() {
    Plan plan = mode.equals("smoke") ? new Plan(1, 0, 1, 1) : mode.equals("quick") ? new Plan(1, 1, 2, 1)
        : new Plan(2, 3, 5, 1);
    StringBuilder md = new StringBuilder();
    md.append("Microseconds per runtime (").append(plan).append("; median ± half the interquartile range):\n\n")
        .append("| what | µs |\n|---|---|\n");
    try {
      Map<String, Statistics> byName = new LinkedHashMap<>();
      for (Res r : jmh("startup", options(plan, "startup")
          .include(Startup.class.getName() + "\\.")
          .jvmArgsAppend(forkArgs("-Xms1g", "-Xmx1g"))
          .timeUnit(TimeUnit.MICROSECONDS), 3)) {
        byName.put(r.shortName(), r.stats);
      }
      row(md, "J2V8 `V8.createV8Runtime()` + `release()` (no jsbind)", byName.get("j2v8CreateRelease"));
      row(md, "jsbind `JsRuntime.create()` + `close()`", byName.get("jsbindCreateClose"));
      row(md, "jsbind create + `install` TodoList, Task, Console (the sample) + close", byName.get("jsbindCreateInstallSampleClose"));
      Statistics bare = byName.get("jsbindCreateClose");
      Statistics all = byName.get("jsbindCreateInstallSampleClose");
      if (bare != null && all != null) {
        double install = all.getPercentile(50) - bare.getPercentile(50);
        double spread = (bare.getPercentile(75) - bare.getPercentile(25)) / 2;
        md.append('\n').append(install > spread
            ? "Installing the sample's three templates costs about " + fmt(install) + " µs on top of a bare runtime.\n"
            : "Installing the sample's three templates costs less than the spread of creating a runtime (±" + fmt(spread)
                + " µs): it is not measurable here.\n");
      }
    } catch (RunnerException | RuntimeException e) {
      md.append("| failed | ").append(e).append(" |\n");
    }
    return md.toString();
  }

  private static void row(StringBuilder md, String what, Statistics s) {
    md.append("| ").append(what).append(" | ").append(s == null ? "–" : cell(s)).append(" |\n");
  }

  private String runMemory() throws IOException, InterruptedException {
    StringBuilder md = new StringBuilder();
    md.append("One million `Point`s made by `new Point(i, 0)` in JS and kept in a JS array; Java heap used after"
        + " full GCs and the process's resident set, before and after, each system in a fresh JVM (`-Xmx4g`):\n\n")
        .append("| system | Java heap per live object | resident memory per live object (V8 + Java) |"
            + " strong J2V8 handles held | \n|---|---|---|---|\n");
    for (String system : new String[] {"jsbind", "j2v8-floor", "v8-plain"}) {
      List<String> lines = java(System.getProperty("java.home") + "/bin/java", Arrays.asList(forkArgs("-Xms4g", "-Xmx4g")),
          MemoryProbe.class.getName(), Arrays.asList(system), "MEMORY ");
      if (lines.isEmpty()) {
        md.append("| ").append(system).append(" | failed | | |\n");
        continue;
      }
      String[] f = lines.get(0).split(" ");
      double count = Double.parseDouble(f[2]);
      String title = system.equals("jsbind") ? "jsbind wrapper (the 24-byte `Point` included)"
          : system.equals("j2v8-floor") ? "hand-written J2V8: id property + weak twin (`Point` included)"
          : "plain JS object `{x, y}`, no Java (V8's own cost)";
      md.append("| ").append(title).append(" | ").append(Math.round(Long.parseLong(f[3]) / count)).append(" B | ")
          .append(Math.round(Long.parseLong(f[4]) / count)).append(" B | ").append(f[5]).append(" |\n");
    }
    List<String> churn = java(System.getProperty("java.home") + "/bin/java", Arrays.asList(forkArgs("-Xms1g", "-Xmx1g")),
        MemoryProbe.class.getName(), Arrays.asList("jsbind-churn"), "CHURN ");
    if (churn.isEmpty()) {
      md.append("\nCreating and dropping a million wrappers: failed.\n");
    } else {
      String[] f = churn.get(0).split(" ");
      md.append("\nCreating and dropping ").append(String.format("%,d", Long.parseLong(f[1])))
          .append(" `Point`s from JS (`new Point(i, 0).getX()`, nothing kept), after a first 100,000: Java heap ")
          .append(Long.parseLong(f[2]) >= 0 ? "grew by " : "shrank by ").append(String.format("%,d", Math.abs(Long.parseLong(f[2]))))
          .append(" bytes; the id table peaked at ").append(String.format("%,d", Long.parseLong(f[3])))
          .append(" entries; strong J2V8 handles ").append(f[4]).append(" before, ").append(f[5]).append(" after.\n");
    }
    return md.toString();
  }

  private String runCompile() throws IOException, InterruptedException {
    String api = pick("jsbind-annotations-", "jsbind-runtime-", "j2v8_linux_x86_64-");
    String processor = pick("jsbind-processor-", "jsbind-annotations-", "javapoet-");
    int reps = mode.equals("smoke") ? 1 : mode.equals("quick") ? 3 : mode.equals("long") ? 9 : 5;
    String[] sizes = mode.equals("smoke") ? new String[] {"100", "500", "1000"} : new String[] {"100", "500", "1000"};
    List<String> args = new ArrayList<>(Arrays.asList(api, processor, String.valueOf(reps)));
    args.addAll(Arrays.asList(sizes));
    List<String> lines = java(System.getProperty("java.home") + "/bin/java", Arrays.asList(forkArgs("-Xms2g", "-Xmx2g")),
        CompileTime.class.getName(), args, "COMPILE ");
    Map<String, double[]> byKey = new LinkedHashMap<>();
    for (String line : lines) {
      String[] f = line.split(" ");
      byKey.put(f[1] + " " + f[2], new double[] {Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5])});
    }
    StringBuilder md = new StringBuilder();
    md.append("Generated sources: N `@JsExposed` classes × 10 methods (int, String, double, boolean, long, void,"
        + " object, float), compiled in-process with `javax.tools` (`--release 8`) after warm-up compiles; ")
        .append(reps).append(" repetitions, modes alternating; median (min–max) in ms. `javac+jsbind` is what a build"
            + " pays: the processor plus compiling the bindings it writes; `proc-only` is `-proc:only`.\n\n")
        .append("| classes | plain javac | javac + jsbind | ratio | `-proc:only` | jsbind's added ms per class |\n")
        .append("|---|---|---|---|---|---|\n");
    for (String n : new String[] {"100", "500", "1000"}) {
      double[] plain = byKey.get(n + " javac");
      double[] full = byKey.get(n + " javac+jsbind");
      double[] only = byKey.get(n + " jsbind-proc-only");
      if (plain == null || full == null || only == null) {
        md.append("| ").append(n).append(" | failed | | | | |\n");
        continue;
      }
      md.append("| ").append(n).append(" | ").append(ms(plain)).append(" | ").append(ms(full)).append(" | ")
          .append(String.format(Locale.ROOT, "%.2f ×", full[0] / plain[0])).append(" | ").append(ms(only)).append(" | ")
          .append(String.format(Locale.ROOT, "%.2f", (full[0] - plain[0]) / Integer.parseInt(n))).append(" |\n");
    }
    compileRatio = byKey.containsKey("1000 javac") && byKey.containsKey("1000 javac+jsbind")
        ? byKey.get("1000 javac+jsbind")[0] / byKey.get("1000 javac")[0] : Double.NaN;
    double[] extra = new double[3];
    String[] ns = {"100", "500", "1000"};
    boolean complete = true;
    for (int i = 0; i < 3; i++) {
      complete &= byKey.containsKey(ns[i] + " javac+jsbind") && byKey.containsKey(ns[i] + " javac");
      extra[i] = complete ? byKey.get(ns[i] + " javac+jsbind")[0] - byKey.get(ns[i] + " javac")[0] : Double.NaN;
    }
    if (complete) {
      double slope1 = (extra[1] - extra[0]) / 400;
      double slope2 = (extra[2] - extra[1]) / 500;
      compileLinear = slope2 / slope1;
      md.append(String.format(Locale.ROOT, "%nWhat jsbind adds to the build: %.0f ms at 100 classes, %.0f ms at 500,"
          + " %.0f ms at 1,000; %.2f ms per extra class from 100 to 500 and %.2f ms from 500 to 1,000.%n",
          extra[0], extra[1], extra[2], slope1, slope2));
    }
    return md.toString();
  }

  private double compileRatio = Double.NaN;
  private String loadBefore = "?";

  static String loadAverage() {
    try {
      String[] f = new String(Files.readAllBytes(Paths.get("/proc/loadavg")), StandardCharsets.US_ASCII).split(" ");
      return f[0] + " / " + f[1] + " / " + f[2];
    } catch (IOException e) {
      return "?";
    }
  }
  private double compileLinear = Double.NaN;

  private static String ms(double[] t) {
    return String.format(Locale.ROOT, "%.0f (%.0f–%.0f)", t[0], t[1], t[2]);
  }

  private String pick(String... prefixes) {
    List<String> found = new ArrayList<>();
    for (String prefix : prefixes) {
      for (String entry : classpath.split(File.pathSeparator)) {
        if (new File(entry).getName().startsWith(prefix) && entry.endsWith(".jar")) {
          found.add(entry);
          break;
        }
      }
    }
    return String.join(File.pathSeparator, found);
  }

  /** Runs a main class in a fresh JVM on the same class path; returns its output lines starting with {@code tag}. */
  private List<String> java(String java, List<String> jvmArgs, String main, List<String> args, String tag)
      throws IOException, InterruptedException {
    String key = main.substring(main.lastIndexOf('.') + 1) + (args.isEmpty() ? "" : "-" + args.get(0).replaceAll("[^A-Za-z0-9-]", ""));
    Path saved = out.resolve(key.length() > 40 ? key.substring(0, 40) + ".txt" : key + ".txt");
    if (main.endsWith("CompileTime")) {
      saved = out.resolve("compile.txt");
    }
    if (reuse && Files.exists(saved) && !main.endsWith("GraalInfo")) {
      System.out.println("== reusing " + saved);
      return Files.readAllLines(saved);
    }
    List<String> tagged = runJava(java, jvmArgs, main, args, tag);
    Files.write(saved, tagged);
    return tagged;
  }

  private List<String> runJava(String java, List<String> jvmArgs, String main, List<String> args, String tag)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(classpath);
    command.add(main);
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> tagged = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        System.out.println("   " + line);
        if (line.startsWith(tag)) {
          tagged.add(line);
        }
      }
    }
    if (process.waitFor() != 0) {
      notes.add("`" + main + " " + String.join(" ", args) + "` exited with " + process.exitValue());
    }
    return tagged;
  }

  // ---- the document ---------------------------------------------------------------------------

  private String render(String anatomy, String startup, String memory, String compile, double minutes) throws IOException, InterruptedException {
    StringBuilder md = new StringBuilder();
    md.append(BEGIN).append("\n\n");
    md.append("## Measured ").append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")))
        .append(" (`benchmarks/run.sh").append(mode.equals("default") ? "" : " --" + mode).append("`, ")
        .append(String.format(Locale.ROOT, "%.0f", minutes)).append(" min)\n\n");
    if (!reused.isEmpty()) {
      md.append("Resumed with `--reuse`: these groups are from the earlier, interrupted run: ")
          .append(String.join(", ", reused)).append(".\n\n");
    }
    md.append("| | |\n|---|---|\n")
        .append("| machine | ").append(cpu()).append(", ").append(Runtime.getRuntime().availableProcessors())
        .append(" cores, ").append(memTotal()).append(", ").append(System.getProperty("os.name")).append(' ')
        .append(System.getProperty("os.version")).append(" |\n")
        .append("| jsbind | commit ").append(System.getProperty("bench.commit", "unknown")).append(" |\n")
        .append("| JDK (jsbind, J2V8, Javet, Rhino) | ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append(" |\n")
        .append("| JDK (GraalJS) | ").append(graalInfo()).append(" |\n")
        .append("| jsbind / J2V8 | J2V8 4.8.0, V8 ").append(j2v8Version()).append(" |\n")
        .append("| Javet | 4.1.5, V8 ").append(javetV8()).append(" |\n")
        .append("| Rhino | ").append(org.mozilla.javascript.Context.class.getPackage().getImplementationVersion())
        .append(", compiled mode (`setInterpretedMode(false)`), `VERSION_ES6` |\n")
        .append("| GraalJS | polyglot + js-community 25.0.2 on the JDK above: interpreted, and JIT with `org.graalvm.compiler:compiler:25.0.2`"
            + " on `--upgrade-module-path` and `-XX:+EnableJVMCI` |\n")
        .append("| JMH | 1.37, average time, 1 thread; heap `-Xms2g -Xmx2g` |\n")
        .append("| load average (1/5/15 min) | at the start ").append(loadBefore).append(", at the end ").append(loadAverage())
        .append(" (the machine is shared: other work running at the same time widens the spread) |\n");
    for (Map.Entry<String, Plan> plan : plans.entrySet()) {
      md.append("| plan: ").append(plan.getKey()).append(" | ").append(plan.getValue()).append(" |\n");
    }
    md.append("\n### W1–W8: nanoseconds per loop iteration\n\n")
        .append("Median of all measurement iterations of all forks, ± half their interquartile range (as % of the"
            + " median). Each cell runs the same JS loop (`benchmarks/src/main/resources/dev/jsbind/benchmarks/workloads.js`)."
            + " W7 is per 1,000-int array, W8 per 1 MB document (so both in ns per array/document). Ratio: jsbind ÷ floor,"
            + " medians of this run.\n\n");
    md.append("| workload |");
    for (String t : TITLES) {
      md.append(' ').append(t).append(" |");
    }
    md.append(" jsbind ÷ floor |\n|---|");
    for (int i = 0; i <= TITLES.length; i++) {
      md.append("---|");
    }
    md.append('\n');
    for (int w = 1; w <= 8; w++) {
      md.append("| ").append(WORKLOADS[w - 1]).append(" |");
      for (String system : SYSTEMS) {
        md.append(' ').append(cellFor(system, w)).append(" |");
      }
      md.append(' ').append(ratioCell(w)).append(" |\n");
    }
    md.append('\n');
    for (Map.Entry<String, String> failure : failures.entrySet()) {
      md.append("- ").append(failure.getKey()).append(": ").append(failure.getValue()).append('\n');
    }
    md.append("\nJava heap allocated per loop iteration (JMH `-prof gc`, `gc.alloc.rate.norm`, bytes):\n\n| workload |");
    for (int i = 0; i < 5; i++) {
      md.append(' ').append(TITLES[i]).append(" |");
    }
    md.append("\n|---|---|---|---|---|---|\n");
    for (int w = 1; w <= 8; w++) {
      md.append("| W").append(w).append(" |");
      for (int i = 0; i < 5; i++) {
        double[] a = allocations.get(SYSTEMS[i]);
        Statistics[] r = results.get(SYSTEMS[i]);
        md.append(' ').append(a == null || r == null || r[w] == null ? "–" : fmt(a[w])).append(" |");
      }
      md.append('\n');
    }
    md.append("\n### Targets (issue 6)\n\n").append(targets()).append('\n');
    md.append("### Where W1's time goes\n\n").append(anatomy).append('\n');
    md.append("### Runtime start-up\n\n").append(startup).append('\n');
    md.append("### Memory per live wrapper\n\n").append(memory).append('\n');
    md.append("### Processor compile time\n\n").append(compile).append('\n');
    for (String note : notes) {
      md.append("- ").append(note).append('\n');
    }
    md.append(END).append('\n');
    return md.toString();
  }

  private String cellFor(String system, int w) {
    Statistics[] byWorkload = results.get(system);
    if (byWorkload == null || byWorkload[w] == null) {
      return failures.containsKey(system + " W" + w) ? "failed" : failures.containsKey(system) ? "–" : "not run";
    }
    return cell(byWorkload[w]);
  }

  private static String cell(Statistics s) {
    double median = s.getPercentile(50);
    double spread = (s.getPercentile(75) - s.getPercentile(25)) / 2 / median * 100;
    return fmt(median) + " ±" + String.format(Locale.ROOT, spread < 10 ? "%.1f%%" : "%.0f%%", spread);
  }

  static String fmt(double v) {
    if (v >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v).replace(',', ' ');
    }
    return String.format(Locale.ROOT, v >= 10 ? "%.1f" : v >= 1 ? "%.2f" : "%.3f", v);
  }

  private double median(String system, int w) {
    Statistics[] byWorkload = results.get(system);
    return byWorkload == null || byWorkload[w] == null ? Double.NaN : byWorkload[w].getPercentile(50);
  }

  private String ratioCell(int w) {
    double r = median("jsbind", w) / median("j2v8-floor", w);
    return Double.isNaN(r) ? "–" : String.format(Locale.ROOT, "%.2f", r);
  }

  private String targets() {
    StringBuilder md = new StringBuilder("| target | measured | met? |\n|---|---|---|\n");
    for (int w = 1; w <= 4; w++) {
      double limit = w <= 2 ? 1.05 : 1.25;
      double r = median("jsbind", w) / median("j2v8-floor", w);
      double reflective = median("jsbind", w) / median("j2v8-reflective", w);
      md.append("| W").append(w).append(" jsbind ≤ ").append(limit).append(" × floor | ")
          .append(Double.isNaN(r) ? "–" : String.format(Locale.ROOT, "%.2f × floor (%.2f × reflective)", r, reflective))
          .append(" | ").append(Double.isNaN(r) ? "–" : r <= limit ? "**met**" : "**not met**").append(" |\n");
    }
    // Not a JMH group: the reads are timed by tests/.../FinalFieldTiming, whose figures the findings quote.
    md.append("| `final` fields / constants read with no JS→Java crossing, ≥ 10 × faster than a getter | not measured"
        + " by this harness: `tests/…/FinalFieldTiming` times them (see the findings) | see the findings |\n");
    double w7 = median("jsbind", 7) / median("j2v8-floor", 7);
    md.append("| W7 in one or two crossings, ≤ 0.5 × element-by-element floor | one crossing per array (the value tape),"
        + " ").append(Double.isNaN(w7) ? "–" : String.format(Locale.ROOT, "%.2f × floor", w7)).append(" | ")
        .append(Double.isNaN(w7) ? "–" : w7 <= 0.5 ? "**met**" : "**not met**").append(" |\n");
    double w8 = median("jsbind", 8);
    md.append("| W8 ahead of Rhino and GraalJS without JIT | jsbind ")
        .append(fmtMs(w8)).append(" vs Rhino ").append(fmtMs(median("rhino", 8))).append(", GraalJS interpreted ")
        .append(fmtMs(median("graaljs-interp", 8))).append(" (floor ").append(fmtMs(median("j2v8-floor", 8)))
        .append(", Javet ").append(fmtMs(median("javet", 8))).append(", GraalJS JIT ").append(fmtMs(median("graaljs-jit", 8)))
        .append(") | ").append(w8 < median("rhino", 8) && w8 < median("graaljs-interp", 8) ? "**met**" : "**not met**")
        .append(" |\n");
    md.append("| processor ≤ 1.25 × plain javac at 1,000 classes, linear | ")
        .append(String.format(Locale.ROOT, "%.2f × javac; the added cost per class from 500 to 1,000 classes is %.2f × that from 100 to 500", compileRatio, compileLinear))
        .append(" | ").append(compileRatio <= 1.25 ? "**met**" : "**not met**")
        .append(compileLinear <= 1.25 ? "; growth linear (or better)" : "; growth worse than linear").append(" |\n");
    md.append("| zero leaked handles after every benchmark | checked after every iteration and at every trial's end"
        + " (jsbind: `openHandleCount()` and `close()`; J2V8: `getObjectReferenceCount()`; Javet: `getReferenceCount()`) | ")
        .append(failures.isEmpty() ? "**met** (no check failed)" : "see failures above").append(" |\n");
    return md.toString();
  }

  private static String fmtMs(double ns) {
    return Double.isNaN(ns) ? "–" : String.format(Locale.ROOT, "%.1f ms", ns / 1e6);
  }

  private String graalInfo() throws IOException, InterruptedException {
    List<String> interp = java(jdk25 + "/bin/java", Arrays.asList("--enable-native-access=ALL-UNNAMED",
        "--sun-misc-unsafe-memory-access=allow"), GraalInfo.class.getName(), new ArrayList<>(), "GRAAL ");
    List<String> jit = java(jdk25 + "/bin/java", Arrays.asList("--enable-native-access=ALL-UNNAMED",
        "--sun-misc-unsafe-memory-access=allow", "-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI",
        "--upgrade-module-path=" + graalModulePath()), GraalInfo.class.getName(), new ArrayList<>(), "GRAAL ");
    String a = interp.isEmpty() ? "?" : interp.get(0).substring(6);
    String b = jit.isEmpty() ? "?" : jit.get(0).substring(6);
    return b.substring(b.indexOf('|') + 2) + "; GraalJS runtime without the compiler: \"" + a.substring(0, a.indexOf(" |"))
        + "\", with it: \"" + b.substring(0, b.indexOf(" |")) + "\"";
  }

  private static String j2v8Version() {
    V8 v8 = V8.createV8Runtime(); // loads the native library
    try {
      return V8.getV8Version();
    } finally {
      v8.release();
    }
  }

  private static String javetV8() {
    try (V8Runtime v8 = V8Host.getV8Instance().createV8Runtime()) {
      return v8.getVersion();
    } catch (Exception e) {
      return "? (" + e + ")";
    }
  }

  private static String cpu() throws IOException {
    for (String line : Files.readAllLines(Paths.get("/proc/cpuinfo"))) {
      if (line.startsWith("model name")) {
        return line.substring(line.indexOf(':') + 1).trim();
      }
    }
    return System.getProperty("os.arch");
  }

  private static String memTotal() throws IOException {
    for (String line : Files.readAllLines(Paths.get("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:")) {
        return Math.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0) + " GiB RAM";
      }
    }
    return "? RAM";
  }

  private static void write(Path doc, String generated) throws IOException {
    String text = Files.exists(doc) ? new String(Files.readAllBytes(doc), StandardCharsets.UTF_8) : "";
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    String updated;
    if (begin >= 0 && end > begin) {
      updated = text.substring(0, begin) + generated + text.substring(end + END.length() + 1);
    } else {
      updated = text + (text.isEmpty() ? "" : "\n") + generated;
    }
    Files.createDirectories(doc.toAbsolutePath().getParent());
    Files.write(doc, updated.getBytes(StandardCharsets.UTF_8));
  }
}
