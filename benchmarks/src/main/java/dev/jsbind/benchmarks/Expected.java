package dev.jsbind.benchmarks;

import dev.jsbind.benchmarks.model.Greeter;
import dev.jsbind.benchmarks.model.Repo;

/** The checksum each workload must return, computed in Java (W8's is only checked across systems). */
final class Expected {
  private static final String[] NAMES = {"ada", "bob", "cy", "dee", "eve", "fay", "gus", "hal"};

  private Expected() {}

  static Integer of(int workload, int n) {
    int s = 0;
    switch (workload) {
      case 1:
      case 6:
        for (int i = 0; i < n; i++) {
          s += i + 1;
        }
        return s;
      case 2:
        Greeter greeter = new Greeter();
        for (int i = 0; i < n; i++) {
          s += greeter.greet(NAMES[i & 7]).length();
        }
        return s;
      case 3:
        for (int i = 0; i < n; i++) {
          s += i;
        }
        return s;
      case 4:
        for (int i = 0; i < n; i++) {
          s += i & (Repo.SIZE - 1);
        }
        return s;
      case 5:
        return n;
      case 7:
        for (int i = 0; i < n; i++) {
          s += 1998 + 1000;
        }
        return s;
      default:
        return null;
    }
  }
}
