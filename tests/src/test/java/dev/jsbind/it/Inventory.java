package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsNullable;
import dev.jsbind.annotations.JsProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/** Values and collections crossing by copy, in every position. */
@JsExposed
public class Inventory {
  public List<String> names = new ArrayList<String>();
  public Item featured = Item.of("pen", 1, null);
  private Set<String> tags = new LinkedHashSet<String>();
  public static Map<String, Integer> stock = new HashMap<String, Integer>();

  public Inventory() {}

  @JsProperty
  public Set<String> getTags() {
    return tags;
  }

  @JsProperty
  public void setTags(Set<String> tags) {
    this.tags = tags;
  }

  // ---- arrays ----

  public static int sum(int[] values) {
    int sum = 0;
    for (int value : values) {
      sum += value;
    }
    return sum;
  }

  public static int[] doubled(int[] values) {
    int[] out = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = 2 * values[i];
    }
    return out;
  }

  public static String primitives(boolean[] b, byte[] y, short[] s, long[] l, float[] f, double[] d, char[] c) {
    return Arrays.toString(b) + Arrays.toString(y) + Arrays.toString(s) + Arrays.toString(l) + Arrays.toString(f)
        + Arrays.toString(d) + Arrays.toString(c);
  }

  public static long[] longs(long first) {
    return new long[] {first, first + 1};
  }

  public static char[] letters(String word) {
    return word.toCharArray();
  }

  public static String[] upper(String[] words) {
    String[] out = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      out[i] = words[i] == null ? null : words[i].toUpperCase();
    }
    return out;
  }

  public static int[][] grid(int rows, int columns) {
    int[][] grid = new int[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        grid[r][c] = r * columns + c;
      }
    }
    return grid;
  }

  public static int total(int[][] grid) {
    int total = 0;
    for (int[] row : grid) {
      total += sum(row);
    }
    return total;
  }

  public static Color[] colors(Color[] colors) {
    return colors;
  }

  // ---- collections ----

  public static List<Integer> squares(List<Integer> values) {
    List<Integer> out = new ArrayList<Integer>();
    for (Integer value : values) {
      out.add(value == null ? null : value * value);
    }
    return out;
  }

  public static Set<String> sorted(Set<String> values) {
    List<String> list = new ArrayList<String>(values);
    Collections.sort(list);
    return new LinkedHashSet<String>(list);
  }

  public static Map<String, Integer> lengths(List<String> words) {
    Map<String, Integer> out = new LinkedHashMap<String, Integer>();
    for (String word : words) {
      out.put(word, word.length());
    }
    return out;
  }

  public static String describe(Map<String, List<Integer>> scores) {
    return scores.toString();
  }

  public static List<Map<String, int[]>> nested(List<Map<String, int[]>> value) {
    return value;
  }

  public static String nestedText(List<Map<String, int[]>> value) {
    StringBuilder out = new StringBuilder();
    for (Map<String, int[]> map : value) {
      for (Map.Entry<String, int[]> entry : map.entrySet()) {
        out.append(entry.getKey()).append('=').append(Arrays.toString(entry.getValue())).append(';');
      }
    }
    return out.toString();
  }

  public static List<Counter> counters(List<Counter> counters) {
    return counters;
  }

  public static List<Counter> fresh(int count) {
    List<Counter> counters = new ArrayList<Counter>();
    for (int i = 0; i < count; i++) {
      counters.add(new Counter(i));
    }
    return counters;
  }

  public static List<Counter> withNull(Counter counter) {
    return Arrays.asList(counter, null);
  }

  public static List<Color> palette(Set<Color> colors) {
    return new ArrayList<Color>(colors);
  }

  public static int sizeOrMinusOne(@JsNullable List<String> values) {
    return values == null ? -1 : values.size();
  }

  public static List<String> none() {
    return null;
  }

  public static List<List<Integer>> broken() {
    return Arrays.asList(Arrays.asList(1), null);
  }

  public static Map<String, Integer> keys(Map<String, Integer> map) {
    return map;
  }

  public static Map<String, Integer> nullKey() {
    Map<String, Integer> map = new HashMap<String, Integer>();
    map.put(null, 1);
    return map;
  }

  public static Map<Color, Integer> tally(List<Color> colors) {
    Map<Color, Integer> tally = new java.util.EnumMap<Color, Integer>(Color.class);
    for (Color color : colors) {
      Integer count = tally.get(color);
      tally.put(color, count == null ? 1 : count + 1);
    }
    return tally;
  }

  public static String paint(Map<Color, List<String>> byColor) {
    return byColor.toString();
  }

  // ---- Optional ----

  public static Optional<String> find(String key) {
    return key.isEmpty() ? Optional.<String>empty() : Optional.of(key + "!");
  }

  public static String orElse(Optional<String> value) {
    return value.orElse("empty");
  }

  public static Optional<Counter> counterIf(boolean present) {
    return present ? Optional.of(new Counter(7)) : Optional.<Counter>empty();
  }

  public static List<Optional<Integer>> optionals(List<Optional<Integer>> values) {
    return values;
  }

  public static OptionalInt firstEven(int[] values) {
    for (int value : values) {
      if (value % 2 == 0) {
        return OptionalInt.of(value);
      }
    }
    return OptionalInt.empty();
  }

  public static long orZero(OptionalLong value) {
    return value.orElse(0);
  }

  public static OptionalDouble mean(List<Double> values) {
    double sum = 0;
    for (Double value : values) {
      sum += value;
    }
    return values.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(sum / values.size());
  }

  // ---- values ----

  public static Point move(Point point, int dx, int dy) {
    return new Point(point.x + dx, point.y + dy);
  }

  public static String describeItems(List<Item> items) {
    return items.toString();
  }

  public static Order order(Order order) {
    return order;
  }

  public static String orderText(Order order) {
    return order.id + " " + order.items + " at " + order.where + " " + order.colors + " counter "
        + order.counter.getValue();
  }

  public static int treeSize(Node node) {
    return node.size();
  }

  public static Node tree(int depth) {
    List<Node> children = new ArrayList<Node>();
    if (depth > 0) {
      children.add(tree(depth - 1));
      children.add(tree(depth - 1));
    }
    return new Node("n" + depth, children);
  }

  public static Node cyclic() {
    List<Node> children = new ArrayList<Node>();
    Node loop = new Node("loop", children);
    children.add(loop);
    return loop;
  }

  // ---- overloads: an array, a string and a plain object are told apart ----

  public static String kind(List<String> values) {
    return "list of " + values.size();
  }

  public static String kind(String value) {
    return "string " + value;
  }

  public static String kind(Point value) {
    return "point " + value;
  }

  public static String kind(Set<String> values) {
    return "set of " + values.size();
  }
}
