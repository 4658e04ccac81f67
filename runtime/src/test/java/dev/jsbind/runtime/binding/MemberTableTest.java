package dev.jsbind.runtime.binding;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a member table becomes declarations, read without V8: every kind, numbering, and bad tables. */
class MemberTableTest {

  /** A binding whose invoke answers which member ran, on what. */
  static final class Echo extends JsBinding<StringBuilder> {
    final String table;
    final JsType[] types;

    Echo(String table, JsType... types) {
      super(StringBuilder.class, "Echo", BindingFormat.CURRENT);
      this.table = table;
      this.types = types;
    }

    @Override
    public void define(ClassTemplate<StringBuilder> t) {
      t.members(table, types, this);
    }

    @Override
    public Object invoke(int member, StringBuilder self, JsArgs args) {
      if (member == 8) {
        return 42; // the constant
      }
      return "member " + member + (self == null ? "" : " on " + self) + (args == null ? "" : " with args");
    }
  }

  /** Records each declaration as a line, and keeps the bodies to call them. */
  static final class Recorder implements ClassTemplate<StringBuilder> {
    final List<String> declared = new ArrayList<String>();
    final List<Object> bodies = new ArrayList<Object>();

    @Override
    public void constructor(Constructor<StringBuilder> body, JsParam... params) {
      record("constructor", null, params, body, null);
    }

    @Override
    public void method(String jsName, JsType returns, Method<StringBuilder> body, JsParam... params) {
      record("method " + jsName, returns, params, body, null);
    }

    @Override
    public void staticMethod(String jsName, JsType returns, StaticMethod body, JsParam... params) {
      record("static method " + jsName, returns, params, body, null);
    }

    @Override
    public void property(String jsName, JsType type, Getter<StringBuilder> getter, Setter<StringBuilder> setter) {
      record("property " + jsName + (setter == null ? " read-only" : ""), type, new JsParam[0], getter, setter);
    }

    @Override
    public void finalField(String jsName, JsType type, Getter<StringBuilder> getter) {
      record("final field " + jsName, type, new JsParam[0], getter, null);
    }

    @Override
    public void staticProperty(String jsName, JsType type, StaticGetter getter, StaticSetter setter) {
      record("static property " + jsName + (setter == null ? " read-only" : ""), type, new JsParam[0], getter, setter);
    }

    @Override
    public void constant(String jsName, JsType type, Object value) {
      declared.add("constant " + jsName + " " + type + " = " + value);
    }

    private void record(String what, JsType type, JsParam[] params, Object body, Object setter) {
      StringBuilder line = new StringBuilder(what).append(type == null ? "" : " " + type);
      for (JsParam p : params) {
        line.append(' ').append(p.optional() ? "?" : p.rest() ? "..." : "").append(p.name()).append(':').append(p.type());
      }
      declared.add(line.toString());
      bodies.add(body);
      if (setter != null) {
        bodies.add(setter);
      }
    }
  }

  private static final String TABLE = "C new VOID =INT:start ?BOXED_INT:step\n"
      + "M add INT =INT:delta\n"
      + "G value INT\n"
      + "W value INT\n"
      + "G kind #0\n"
      + "F label STRING\n"
      + "S sum LONG *INT:values\n"
      + "g shared #1\n"
      + "K ANSWER INT\n"
      + "g count INT\n"
      + "w count INT";

  @Test
  void everyKindIsDeclaredWithItsTypesAndParameters() throws Throwable {
    Recorder t = new Recorder();
    JsType kind = JsType.object(StringBuilder.class);
    new Echo(TABLE, kind, JsType.nullableObject(StringBuilder.class)).define(t);
    assertEquals(List.of(
        "constructor start:INT(int) ?step:INT?(java.lang.Integer)",
        "method add INT(int) delta:INT(int)",
        "property value INT(int)",
        "property kind read-only " + kind,
        "final field label STRING?(java.lang.String)",
        "static method sum LONG(long) ...values:INT(int)",
        "static property shared read-only OBJECT?(java.lang.StringBuilder)",
        "constant ANSWER INT(int) = 42",
        "static property count INT(int)"), t.declared);
  }

  @Test
  void eachBodyInvokesItsOwnMemberNumber() throws Throwable {
    Recorder t = new Recorder();
    new Echo(TABLE, JsType.STRING, JsType.STRING).define(t);
    StringBuilder self = new StringBuilder("self");
    @SuppressWarnings("unchecked")
    ClassTemplate.Method<StringBuilder> add = (ClassTemplate.Method<StringBuilder>) t.bodies.get(1);
    assertEquals("member 1 on self", add.invoke(self, null));
    @SuppressWarnings("unchecked")
    ClassTemplate.Getter<StringBuilder> value = (ClassTemplate.Getter<StringBuilder>) t.bodies.get(2);
    assertEquals("member 2 on self", value.get(self));
    // The setter of "value" is line 3, though it was declared with its getter.
    @SuppressWarnings("unchecked")
    ClassTemplate.Setter<StringBuilder> setValue = (ClassTemplate.Setter<StringBuilder>) t.bodies.get(3);
    setValue.set(self, null); // no failure: it invoked member 3
    @SuppressWarnings("unchecked")
    ClassTemplate.Getter<StringBuilder> label = (ClassTemplate.Getter<StringBuilder>) t.bodies.get(5);
    assertEquals("member 5 on self", label.get(self));
    ClassTemplate.StaticMethod sum = (ClassTemplate.StaticMethod) t.bodies.get(6);
    assertEquals("member 6", sum.invoke(null));
    ClassTemplate.StaticGetter count = (ClassTemplate.StaticGetter) t.bodies.get(8);
    assertEquals("member 9", count.get());
  }

  @Test
  void aMalformedTableNamesTheBindingAndTheLine() {
    for (String bad : new String[] {"X foo INT", "M foo NUMBER", "M foo #3", "M foo INT =INT", "M foo INT +INT:x", "M"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new Echo(bad).define(new Recorder()), bad);
      assertTrue(e.getMessage().contains("java.lang.StringBuilder") && e.getMessage().contains(bad)
          && e.getMessage().contains("recompile"), e.getMessage());
    }
  }

  @Test
  void aBindingWithoutATableSaysSo() {
    JsBinding<StringBuilder> plain = new JsBinding<StringBuilder>(StringBuilder.class, "Plain", BindingFormat.CURRENT) {
      @Override
      public void define(ClassTemplate<StringBuilder> template) {}
    };
    assertThrows(UnsupportedOperationException.class, () -> plain.invoke(0, null, null));
  }
}
