package dev.jsbind.benchmarks.systems;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One way of exposing the workload classes to a JavaScript engine. Every system loads the same
 * {@code workloads.js} and provides the same globals; the benchmarks call its {@code wN(n)}
 * functions, so each workload is the same JavaScript loop everywhere.
 *
 * <p>A system is opened, used and closed on one thread (V8 isolates are single-threaded).
 */
public abstract class JsSystem implements AutoCloseable {
  /** The script every system runs. */
  public static final String WORKLOADS = resource("/dev/jsbind/benchmarks/workloads.js");

  /** Creates the engine, exposes the globals and loads {@link #WORKLOADS}. */
  public abstract void open();

  /** Calls the global function {@code function(n)}; its int result is the workload's checksum. */
  public abstract int call(String function, int n);

  /**
   * Throws if engine handles leaked since {@link #open} (the count is back to what the system
   * itself keeps). Called after every measurement iteration.
   */
  public abstract void checkHandles();

  /** Releases the engine; throws if any handle is still open. */
  @Override
  public abstract void close();

  /** Whether the system can run workload {@code w} (1–8); unsupported ones are reported, not faked. */
  public boolean supports(int workload) {
    return true;
  }

  /** Engine and version, for the report. */
  public abstract String engineVersion();

  /** The system with this id, as used in the JMH parameter {@code system}. */
  public static JsSystem named(String id) {
    switch (id) {
      case "jsbind":
        return new JsbindSystem();
      case "j2v8-floor":
        return new J2v8FloorSystem();
      case "j2v8-reflective":
        return new J2v8ReflectiveSystem();
      case "javet":
        return new JavetSystem();
      case "rhino":
        return new RhinoSystem();
      case "graaljs":
        return new GraalJsSystem();
      default:
        throw new IllegalArgumentException("unknown system " + id);
    }
  }

  static IllegalStateException leak(String system, long open, long expected, String when) {
    return new IllegalStateException(system + ": " + (open - expected) + " engine handle(s) leaked " + when
        + " (open " + open + ", expected " + expected + ")");
  }

  static String resource(String name) {
    try (InputStream in = JsSystem.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
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
