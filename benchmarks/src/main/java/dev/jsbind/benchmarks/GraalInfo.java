package dev.jsbind.benchmarks;

import org.graalvm.polyglot.Engine;

/** Prints the GraalJS runtime this JVM gets ("GraalVM CE" when compiled, "Interpreted" otherwise). */
public final class GraalInfo {
  private GraalInfo() {}

  public static void main(String[] args) {
    try (Engine engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
      System.out.println("GRAAL " + engine.getImplementationName() + " | " + System.getProperty("java.vm.name")
          + " " + System.getProperty("java.runtime.version"));
    }
  }
}
