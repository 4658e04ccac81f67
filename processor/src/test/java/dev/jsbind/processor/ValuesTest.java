package dev.jsbind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jsbind.processor.Compilations.compile;
import static dev.jsbind.processor.Compilations.example;
import static dev.jsbind.processor.Compilations.generatedSource;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Values and collections crossing by copy: what the processor accepts and generates, and one
 * negative test per diagnostic (plus the unsupported shapes of copied types). Behaviour in V8 is
 * tested in tests/ (ValuesTest, RecordsTest).
 */
class ValuesTest {

  @Test
  void recordsAndPojosGetShapesAndBindingsReadCopiedArguments() {
    Compilation compilation = compile(
        example("Point", """
            @JsValue
            public record Point(int x, java.util.Optional<String> label) {}
            """),
        example("Item", """
            @JsValue
            public class Item {
              public String name;
              public int count;
              public Item() {}
            }
            """),
        example("Shop", """
            @JsExposed
            public class Shop {
              public int total(java.util.Map<String, List<int[]>> orders, @JsNullable List<Item> items) { return 0; }
              public Point[] points(java.util.Set<Point> in) { return null; }
            }
            """));
    assertThat(compilation).succeededWithoutWarnings();
    String point = generatedSource(compilation, "com.example.Point_JsValue");
    assertThat(point).contains("super(Point.class, \"Point\", 1, \"x\", \"label\");");
    assertThat(point).contains("return new JsType[] {JsType.INT, JsType.optionalOf(JsType.STRING)};");
    assertThat(point).contains("return new Point(JsValueShape.<Integer>component(c, 0),"
        + " JsValueShape.<Optional<String>>component(c, 1));");
    assertThat(point).contains("return new Object[] {value.x(), value.label()};");
    String item = generatedSource(compilation, "com.example.Item_JsValue");
    assertThat(item).contains("Item value = new Item();");
    assertThat(item).contains("value.count = JsValueShape.<Integer>component(c, 1);");
    assertThat(item).contains("return new Object[] {value.name, value.count};");
    String shop = generatedSource(compilation, "com.example.Shop_JsBinding");
    assertThat(shop).contains("self.total(args.<Map<String, List<int[]>>>valueAt(0), args.<List<Item>>valueAt(1))");
    assertThat(BindingMembers.of(shop)).contains("=JsType.mapOf(JsType.listOf(JsType.arrayOf(JsType.INT))):orders"
        + " =JsType.listOf(JsType.value(Item_JsValue.SHAPE)).orNull():items");
    assertThat(shop).contains("JsType.arrayOf(JsType.value(Point_JsValue.SHAPE), Point[]::new)");
  }

  @Test
  void generatedCodeIsWarningFreeJava8() {
    Compilation compilation = Compilations.compileStrictJava8(
        example("Item", """
            @JsValue
            public class Item {
              public final String name;
              public final List<Item> parts;
              public Item(String name, List<Item> parts) { this.name = name; this.parts = parts; }
            }
            """),
        example("Shop", """
            @JsExposed
            public class Shop {
              public List<java.util.Optional<Item>> items(String[][] names, java.util.Set<Character> chars) {
                return null;
              }
              public java.util.OptionalInt first(java.util.OptionalLong a, java.util.OptionalDouble b) {
                return java.util.OptionalInt.empty();
              }
            }
            """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(BindingMembers.of(generatedSource(compilation, "com.example.Shop_JsBinding"))).contains(
        "=JsType.optionalOf(JsType.LONG):a =JsType.optionalOf(JsType.DOUBLE):b"
            + " -> return self.first(args.<OptionalLong>valueAt(0), args.<OptionalDouble>valueAt(1));");
  }

  @Test
  void declarationsDescribeCopiedTypesAndValueInterfaces() {
    Compilation compilation = Compilations.compileWithApi(List.of(),
        example("Item", """
            @JsValue
            public class Item {
              /** What it is called. */
              public String name;
              public java.util.Optional<Integer> count;
              public Shop shop;
              public Item() {}
            }
            """),
        example("Shop", """
            @JsExposed
            public class Shop {
              public Shop() {}
              public java.util.Map<String, int[]> stock(java.util.Set<String> names, List<Item> items) { return null; }
              public java.util.Optional<Shop> next(java.util.Optional<String> name) { return null; }
              public List<Shop> others() { return null; }
              public java.util.Map<java.util.concurrent.TimeUnit, Integer> units(
                  java.util.Map<java.util.concurrent.TimeUnit, String> in) { return null; }
            }
            """));
    assertThat(compilation).succeededWithoutWarnings();
    String dts = Compilations.classOutputText(compilation, ApiFiles.DECLARATIONS);
    assertThat(dts).contains("  stock(names: Set<string | null>, items: Item[]): Record<string, number[]> | null;\n");
    assertThat(dts).contains("  next(name: string | undefined): Shop | undefined;\n");
    assertThat(dts).contains("  others(): (Shop | null)[] | null;\n");
    assertThat(dts).contains("  units(in_: Partial<Record<\"NANOSECONDS\" | \"MICROSECONDS\" | \"MILLISECONDS\" |"
        + " \"SECONDS\" | \"MINUTES\" | \"HOURS\" | \"DAYS\", string | null>>): Partial<Record<\"NANOSECONDS\" |"
        + " \"MICROSECONDS\" | \"MILLISECONDS\" | \"SECONDS\" | \"MINUTES\" | \"HOURS\" | \"DAYS\","
        + " number | null>> | null;\n");
    assertThat(dts).contains("interface Item {\n  name: string | null;\n  count?: number;\n  shop: Shop | null;\n}\n");
  }

  @Test
  void nullableComponentsOfRecordsAcceptNull() {
    Compilation compilation = Compilations.compileWithApi(List.of(),
        example("Tagged", """
            @JsValue
            public record Tagged(String name, @JsNullable List<String> tags) {}
            """),
        example("Tags", """
            @JsExposed
            public class Tags {
              public Tagged tagged() { return null; }
            }
            """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "com.example.Tagged_JsValue"))
        .contains("JsType.listOf(JsType.STRING).orNull()");
    assertThat(Compilations.classOutputText(compilation, ApiFiles.DECLARATIONS))
        .contains("  tags: (string | null)[] | null;\n");
  }

  @Test
  void invalidValueClass() {
    JavaFileObject generic = example("Pair", """
        @JsValue
        public class Pair<A> {
          public A first;
        }
        """);
    assertThat(compile(generic))
        .hadErrorContaining("[jsbind.invalid-value] class com.example.Pair is annotated with @JsValue, but it is"
            + " generic (A), and JavaScript objects carry no type arguments.")
        .inFile(generic).onLineContaining("class Pair");
    JavaFileObject abstractOne = example("Shape", """
        @JsValue
        public abstract class Shape {
          public int sides;
        }
        """);
    assertThat(compile(abstractOne))
        .hadErrorContaining("[jsbind.invalid-value] class com.example.Shape is annotated with @JsValue, but it is"
            + " abstract")
        .inFile(abstractOne).onLineContaining("class Shape");
    JavaFileObject hidden = example("Hidden", """
        @JsValue
        class Hidden {
          public int x;
        }
        """);
    assertThat(compile(hidden))
        .hadErrorContaining("[jsbind.invalid-value] class com.example.Hidden is annotated with @JsValue, but it is"
            + " not public")
        .inFile(hidden).onLineContaining("class Hidden");
  }

  @Test
  void valueNotConstructible() {
    JavaFileObject file = example("Money", """
        @JsValue
        public class Money {
          public final long cents;
          public final String currency;
          public Money(String currency, long cents) { this.cents = cents; this.currency = currency; }
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.value-not-constructible] class com.example.Money is annotated with @JsValue,"
            + " but copies from JavaScript cannot be built: it has no public constructor taking its public fields'"
            + " types in declaration order (long, java.lang.String), and it has no public no-argument constructor"
            + " either.")
        .inFile(file).onLineContaining("class Money");
  }

  @Test
  void valueComponentOfAnUnsupportedTypeIsReportedOnTheComponent() {
    JavaFileObject file = example("Event", """
        @JsValue
        public record Event(String name,
            Thread thread) {}
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.unsupported-type] component 'thread' of record com.example.Event has type"
            + " java.lang.Thread")
        .inFile(file).onLineContaining("Thread thread");
  }

  @Test
  void duplicateValueName() {
    JavaFileObject point = example("Point", """
        @JsExposed
        public class Point {
          public Point() {}
        }
        """);
    JavaFileObject value = Compilations.source("com.example.geo.Point", """
        package com.example.geo;

        @dev.jsbind.annotations.JsValue
        public class Point {
          public int x;
          public Point() {}
        }
        """);
    JavaFileObject map = example("Map", """
        @JsExposed
        public class Map {
          public Map() {}
          public void center(com.example.geo.Point at) {}
        }
        """);
    assertThat(Compilations.compileWithApi(List.of(), point, value, map))
        .hadErrorContaining("[jsbind.duplicate-value-name] class com.example.geo.Point is declared in jsbind.d.ts as"
            + " interface 'Point', and so is class com.example.Point; TypeScript would merge the two declarations")
        .inFile(value).onLineContaining("class Point");
  }

  @Test
  void valueAndExposedConflict() {
    JavaFileObject file = example("Both", """
        @JsValue
        @JsExposed
        public class Both {
          public Both() {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("[jsbind.conflicting-annotations] class com.example.Both is annotated with both"
            + " @JsExposed and @JsValue")
        .inFile(file).onLineContaining("class Both");
  }

  @Test
  void unsupportedShapesOfCopiedTypes() {
    JavaFileObject file = example("Odd", """
        @JsExposed
        public class Odd {
          public void byNumber(java.util.Map<Integer, String> map) {}
          public void nested(java.util.Optional<java.util.Optional<String>> value) {}
          public void generic(List<String>[] lists) {}
          public void wild(List<? extends Number> numbers) {}
          @SuppressWarnings("rawtypes") public void raw(List values) {}
          public void many(List<String>... lists) {}
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("map keys must be String").inFile(file).onLineContaining("byNumber");
    assertThat(compilation).hadErrorContaining("an Optional of an Optional cannot cross")
        .inFile(file).onLineContaining("nested");
    assertThat(compilation).hadErrorContaining("an array of a generic type cannot be created without reflection")
        .inFile(file).onLineContaining("generic(");
    assertThat(compilation).hadErrorContaining("wildcard type arguments are not supported")
        .inFile(file).onLineContaining("wild(");
    assertThat(compilation).hadErrorContaining("a raw java.util.List says nothing about its elements")
        .inFile(file).onLineContaining("raw(");
    assertThat(compilation).hadErrorContaining("varargs of arrays, collections or @JsValue objects cannot cross")
        .inFile(file).onLineContaining("many(");
  }

  @Test
  void overloadsByCopiedKinds() {
    JavaFileObject file = example("Pick", """
        @JsExposed
        public class Pick {
          public void pick(List<String> a) {}
          public void pick(String[] a) {}
        }
        """);
    assertThat(compile(file))
        .hadErrorContaining("argument 1 takes arrays in both")
        .inFile(file).onLineContaining("String[] a");
    JavaFileObject fine = example("Pick", """
        @JsExposed
        public class Pick {
          public void pick(List<String> a) {}
          public void pick(java.util.Set<String> a) {}
          public void pick(java.util.Map<String, String> a) {}
          public void pick(String a) {}
          public void pick(Pick a) {}
        }
        """);
    assertThat(compile(fine)).succeededWithoutWarnings();
  }
}
