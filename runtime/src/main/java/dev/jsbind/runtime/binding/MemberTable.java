package dev.jsbind.runtime.binding;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the member table of a generated binding and declares each member on a
 * {@link ClassTemplate}, with a body that calls {@link JsBinding#invoke} with the member's number.
 *
 * <p>Generated bindings describe their members as data (one string) plus one {@code switch}
 * method, rather than one {@code template.method(…)} statement and lambda per member: javac
 * compiles a string literal and a switch several times faster, and the processor's cost to a
 * build is mostly javac compiling what it generates.
 *
 * <p>The table has one line per member, numbered from 0 in order; a line is its kind, its
 * JavaScript name, its type (the result; a property's value type) and its parameters, separated
 * by single spaces. Kinds: {@code C} constructor, {@code M} method, {@code S} static method,
 * {@code G}/{@code W} property getter/setter, {@code F} final field (a read-only property whose
 * value the runtime may keep, see {@link ClassTemplate#finalField}), {@code g}/{@code w} static
 * property getter/setter (a setter line follows its getter's), {@code K} constant (its value is {@code invoke(n, null,
 * null)}, read once). A type is the name of a {@link JsType} constant ({@code INT},
 * {@code BOXED_LONG}, {@code STRING}, …) or {@code #i}, element {@code i} of the binding's types.
 * A parameter is {@code =}, {@code ?} or {@code *} (required, optional, rest), its type, a colon
 * and its Java name: {@code =INT:delta}. JavaScript names and Java names never contain spaces.
 */
final class MemberTable<T> {
  private final ClassTemplate<T> template;
  private final JsType[] types;
  private final JsBinding<T> binding;

  private MemberTable(ClassTemplate<T> template, JsType[] types, JsBinding<T> binding) {
    this.template = template;
    this.types = types;
    this.binding = binding;
  }

  static <T> void declare(ClassTemplate<T> template, String table, JsType[] types, JsBinding<T> binding) {
    new MemberTable<T>(template, types, binding).declareAll(table);
  }

  private void declareAll(String table) {
    String[] lines = table.isEmpty() ? new String[0] : table.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String[] fields = lines[n].split(" ", -1);
      if (fields.length < 3 || fields[0].length() != 1) {
        throw malformed(n, lines[n]);
      }
      String name = fields[1];
      JsType type = type(fields[2], n, lines[n]);
      char kind = fields[0].charAt(0);
      // A getter's setter, if any, is the next line; it is declared with the getter.
      boolean setterFollows = n + 1 < lines.length && lines[n + 1].startsWith((kind == 'G' ? "W " : "w ") + name + " ");
      switch (kind) {
        case 'C':
          template.constructor(constructor(n), params(fields, n, lines[n]));
          break;
        case 'M':
          template.method(name, type, method(n), params(fields, n, lines[n]));
          break;
        case 'S':
          template.staticMethod(name, type, staticMethod(n), params(fields, n, lines[n]));
          break;
        case 'G':
          template.property(name, type, getter(n), setterFollows ? setter(n + 1) : null);
          n += setterFollows ? 1 : 0;
          break;
        case 'F':
          template.finalField(name, type, getter(n));
          break;
        case 'g':
          template.staticProperty(name, type, staticGetter(n), setterFollows ? staticSetter(n + 1) : null);
          n += setterFollows ? 1 : 0;
          break;
        case 'K':
          template.constant(name, type, constantValue(n));
          break;
        default:
          throw malformed(n, lines[n]);
      }
    }
  }

  private JsType type(String code, int n, String line) {
    if (code.startsWith("#")) {
      int index = Integer.parseInt(code.substring(1));
      if (index < 0 || index >= types.length || types[index] == null) {
        throw malformed(n, line);
      }
      return types[index];
    }
    JsType constant = JsType.named(code);
    if (constant == null) {
      throw malformed(n, line);
    }
    return constant;
  }

  private JsParam[] params(String[] fields, int n, String line) {
    List<JsParam> params = new ArrayList<JsParam>();
    for (int f = 3; f < fields.length; f++) {
      String field = fields[f];
      int colon = field.indexOf(':');
      if (field.length() < 4 || colon < 2) {
        throw malformed(n, line);
      }
      JsType type = type(field.substring(1, colon), n, line);
      String name = field.substring(colon + 1);
      switch (field.charAt(0)) {
        case '=':
          params.add(JsParam.of(name, type));
          break;
        case '?':
          params.add(JsParam.optional(name, type));
          break;
        case '*':
          params.add(JsParam.rest(name, type));
          break;
        default:
          throw malformed(n, line);
      }
    }
    return params.toArray(new JsParam[0]);
  }

  private Object constantValue(int n) {
    try {
      return binding.invoke(n, null, null);
    } catch (Throwable e) {
      throw new IllegalStateException(binding.type().getName() + ": reading constant " + n + " failed", e);
    }
  }

  private IllegalArgumentException malformed(int n, String line) {
    return new IllegalArgumentException("the binding of " + binding.type().getName() + " has a malformed member "
        + n + " (\"" + line + "\"): recompile with the jsbind processor");
  }

  // One small class per body shape: the runtime keeps calling the ClassTemplate interfaces.

  private ClassTemplate.Constructor<T> constructor(final int n) {
    return new ClassTemplate.Constructor<T>() {
      @Override
      @SuppressWarnings("unchecked")
      public T construct(JsArgs args) throws Throwable {
        return (T) binding.invoke(n, null, args);
      }
    };
  }

  private ClassTemplate.Method<T> method(final int n) {
    return new ClassTemplate.Method<T>() {
      @Override
      public Object invoke(T self, JsArgs args) throws Throwable {
        return binding.invoke(n, self, args);
      }
    };
  }

  private ClassTemplate.StaticMethod staticMethod(final int n) {
    return new ClassTemplate.StaticMethod() {
      @Override
      public Object invoke(JsArgs args) throws Throwable {
        return binding.invoke(n, null, args);
      }
    };
  }

  private ClassTemplate.Getter<T> getter(final int n) {
    return new ClassTemplate.Getter<T>() {
      @Override
      public Object get(T self) throws Throwable {
        return binding.invoke(n, self, null);
      }
    };
  }

  private ClassTemplate.Setter<T> setter(final int n) {
    return new ClassTemplate.Setter<T>() {
      @Override
      public void set(T self, JsArgs value) throws Throwable {
        binding.invoke(n, self, value);
      }
    };
  }

  private ClassTemplate.StaticGetter staticGetter(final int n) {
    return new ClassTemplate.StaticGetter() {
      @Override
      public Object get() throws Throwable {
        return binding.invoke(n, null, null);
      }
    };
  }

  private ClassTemplate.StaticSetter staticSetter(final int n) {
    return new ClassTemplate.StaticSetter() {
      @Override
      public void set(JsArgs value) throws Throwable {
        binding.invoke(n, null, value);
      }
    };
  }
}
