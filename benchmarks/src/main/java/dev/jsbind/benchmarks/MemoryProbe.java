package dev.jsbind.benchmarks;

import com.eclipsesource.v8.JavaCallback;
import com.eclipsesource.v8.V8;
import com.eclipsesource.v8.V8Object;
import dev.jsbind.benchmarks.model.Point;
import dev.jsbind.runtime.JsRuntime;
import dev.jsbind.runtime.j2v8.J2v8Runtime;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * Memory per live wrapper: one million {@code Point}s made from JavaScript and kept alive in a JS
 * array, in jsbind, in the hand-written J2V8 floor, and as plain JS objects ({@code {x, y}}, no
 * Java at all) for V8's own share. Prints one line per system:
 * {@code system count javaHeapBytes rssBytes strongHandles}. Run in a fresh JVM per system.
 */
public final class MemoryProbe {
  static final int COUNT = 1_000_000;
  private static final String KEEP = "var keep = new Array(" + COUNT + ");"
      + " for (var i = 0; i < " + COUNT + "; i++) keep[i] = new Point(i, 0); keep.length";

  private MemoryProbe() {}

  public static void main(String[] args) throws IOException {
    String system = args[0];
    switch (system) {
      case "jsbind":
        jsbind();
        break;
      case "jsbind-churn":
        churn();
        break;
      case "j2v8-floor":
        floor(false);
        break;
      case "v8-plain":
        floor(true);
        break;
      default:
        throw new IllegalArgumentException(system);
    }
  }

  private static void jsbind() throws IOException {
    JsRuntime js = JsRuntime.create();
    js.install(Point.class);
    js.exec("new Point(1, 2).getX()");
    ((J2v8Runtime) js).openHandleCount();
    long heap0 = heap();
    long rss0 = rss();
    js.exec(KEEP);
    long heap1 = heap();
    long rss1 = rss();
    long strong = ((J2v8Runtime) js).openHandleCount();
    int wrapped = ((J2v8Runtime) js).wrappedObjectCount();
    if (wrapped < COUNT) {
      throw new IllegalStateException("only " + wrapped + " wrappers alive");
    }
    print("jsbind", heap1 - heap0, rss1 - rss0, strong);
    js.exec("keep = null");
    js.close(); // checks for leaked handles
  }

  /**
   * Issue 3's lifetime figures: {@link #COUNT} {@code Point}s made from JavaScript and dropped at
   * once, in ten batches. Prints {@code CHURN count heapGrowthBytes peakTableEntries
   * strongHandlesBefore strongHandlesAfter}: flat memory means growth near zero and a table
   * bounded by the collection threshold, not by the count.
   */
  private static void churn() throws IOException {
    JsRuntime js = JsRuntime.create();
    js.install(Point.class);
    J2v8Runtime runtime = (J2v8Runtime) js;
    String batch = "for (var i = 0; i < " + COUNT / 10 + "; i++) new Point(i, 0).getX()";
    js.exec(batch);
    long handles0 = runtime.openHandleCount();
    long heap0 = heap();
    int peak = 0;
    for (int b = 0; b < 10; b++) {
      js.exec(batch);
      peak = Math.max(peak, runtime.wrappedObjectCount());
    }
    long heap1 = heap();
    System.out.println("CHURN " + COUNT + " " + (heap1 - heap0) + " " + peak + " " + handles0 + " "
        + runtime.openHandleCount());
    js.close();
  }

  /** The floor's W3 design (id property + weak twin + Java table); {@code plain}: JS objects only. */
  private static void floor(boolean plain) throws IOException {
    V8 v8 = V8.createV8Runtime();
    Object[][] table = {new Object[16]};
    V8Object[][] handles = {new V8Object[16]};
    int[] used = {0};
    if (plain) {
      v8.executeVoidScript("function Point(x, y) { this.x = x; this.y = y; }");
    } else {
      v8.registerJavaMethod((JavaCallback) (receiver, parameters) -> {
        int id = used[0]++;
        if (id == table[0].length) {
          table[0] = java.util.Arrays.copyOf(table[0], id * 2);
          handles[0] = java.util.Arrays.copyOf(handles[0], id * 2);
        }
        table[0][id] = new Point(parameters.getInteger(0), parameters.getInteger(1));
        V8Object weak = receiver.twin();
        weak.setWeak();
        handles[0][id] = weak;
        receiver.add("__id", id);
        return null;
      }, "Point");
    }
    v8.executeVoidScript("new Point(1, 2)");
    long heap0 = heap();
    long rss0 = rss();
    v8.executeVoidScript(KEEP);
    long heap1 = heap();
    long rss1 = rss();
    long strong = v8.getObjectReferenceCount();
    print(plain ? "v8-plain" : "j2v8-floor", heap1 - heap0, rss1 - rss0, strong);
    v8.executeVoidScript("keep = null");
    v8.release(false);
  }

  private static void print(String system, long heap, long rss, long strong) {
    System.out.println("MEMORY " + system + " " + COUNT + " " + heap + " " + rss + " " + strong);
  }

  private static long heap() {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long rss() throws IOException {
    for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    return -1;
  }
}
