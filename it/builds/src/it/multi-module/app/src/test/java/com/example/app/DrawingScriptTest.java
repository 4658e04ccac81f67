package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.shapes.Circle;
import com.example.shapes.Shape;
import dev.jsbind.runtime.JsRuntime;
import org.junit.jupiter.api.Test;

/** A script works with the library's and the application's exposed classes alike. */
class DrawingScriptTest {
  @Test
  void scriptsUseLibraryAndApplicationClasses() {
    try (JsRuntime js = JsRuntime.create()) {
      js.install(Shape.class);
      js.install(Circle.class);
      js.install(Square.class);
      js.install(Drawing.class);
      Object result = js.eval(String.join("\n",
          "var d = new Drawing();",
          "d.add(new Circle(1));",
          "var square = new Square(2);",
          "square.style = 'DASHED';",
          "d.add(square);",
          "[d.count, d.largest() === square, square instanceof Shape, d.largest().style,",
          " Math.round(d.largest().area())].join(' ')"));
      assertEquals("2 true true DASHED 4", result);
    }
  }
}
