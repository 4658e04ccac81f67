package dev.jsbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every supported type, with values it must take exactly and values it must refuse with a
 * TypeError or RangeError naming class, method, position, parameter and expected type.
 */
class ConversionTest extends V8TestSupport {
  private static final String INT = "an int (an integer from -2147483648 to 2147483647)";
  private static final String LONG = "a long (a safe integer, |n| <= 2^53-1)";

  @BeforeEach
  void makeInstance() {
    js.exec("var t = new Types(); var other = new Types(); var counter = new Counter(1);");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("accepted")
  void acceptedValuesConvertExactly(String call, String expected) {
    assertEquals("ok", outcome(call, expected));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("refused")
  void refusedValuesAreTypeOrRangeErrors(String call, String error) {
    assertEquals(error, outcome(call, "undefined"));
  }

  static Stream<Arguments> accepted() {
    List<Arguments> cases = new ArrayList<>();
    for (String v : new String[] {"true", "false"}) {
      cases.add(Arguments.of("t.echoBoolean(" + v + ")", v));
    }
    for (String v : new String[] {"0", "-128", "127"}) {
      cases.add(Arguments.of("t.echoByte(" + v + ")", v));
    }
    for (String v : new String[] {"-32768", "32767"}) {
      cases.add(Arguments.of("t.echoShort(" + v + ")", v));
    }
    for (String v : new String[] {"0", "1", "-1", "2147483647", "-2147483648"}) {
      cases.add(Arguments.of("t.echoInt(" + v + ")", v));
    }
    cases.add(Arguments.of("t.echoInt(-0)", "0"));
    for (String v : new String[] {"0", "9007199254740991", "-9007199254740991", "4294967296", "-1e15"}) {
      cases.add(Arguments.of("t.echoLong(" + v + ")", v));
    }
    for (String v : new String[] {"1.5", "-0", "Infinity", "-Infinity", "NaN", "3.4028234663852886e38"}) {
      cases.add(Arguments.of("t.echoFloat(" + v + ")", v));
    }
    cases.add(Arguments.of("t.echoFloat(0.1)", "Math.fround(0.1)"));
    for (String v : new String[] {"0.1", "-0", "1e308", "5e-324", "NaN", "-Infinity", "9007199254740993"}) {
      cases.add(Arguments.of("t.echoDouble(" + v + ")", v));
    }
    for (String v : new String[] {"'a'", "'\\u0000'", "'\\uD83D'", "'\\uFFFF'"}) {
      cases.add(Arguments.of("t.echoChar(" + v + ")", v));
    }
    for (String v : new String[] {"''", "'hello'", "null", "'\\uD83D\\uDE00 emoji'", "'nul\\u0000inside'",
        "'\\uDC00 lone'", "'x'.repeat(100000)"}) {
      cases.add(Arguments.of("t.echoString(" + v + ")", v));
    }
    String[][] boxes = {
        {"Boolean", "true"}, {"Byte", "-5"}, {"Short", "300"}, {"Int", "70000"}, {"Long", "9007199254740991"},
        {"Float", "0.5"}, {"Double", "0.1"}, {"Char", "'z'"},
    };
    for (String[] box : boxes) {
      cases.add(Arguments.of("t.echoBoxed" + box[0] + "(" + box[1] + ")", box[1]));
      cases.add(Arguments.of("t.echoBoxed" + box[0] + "(null)", "null"));
    }
    for (String v : new String[] {"'RED'", "'GREEN'", "'BLUE'", "null"}) {
      cases.add(Arguments.of("t.echoColor(" + v + ")", v));
    }
    cases.add(Arguments.of("t.echoTypes(other)", "other"));
    cases.add(Arguments.of("t.echoTypes(t)", "t"));
    cases.add(Arguments.of("t.describe(1, null, 'BLUE', t)", "'1/null/BLUE/true'"));
    cases.add(Arguments.of("t.minSafe()", "-9007199254740991"));
    cases.add(Arguments.of("t.nullLong()", "null"));
    cases.add(Arguments.of("t.nullString()", "null"));
    cases.add(Arguments.of("t.nullColor()", "null"));
    cases.add(Arguments.of("t.nullTypes()", "null"));
    cases.add(Arguments.of("t.nullChar()", "null"));
    cases.add(Arguments.of("t.nothing()", "undefined"));
    cases.add(Arguments.of("Types.twice(21)", "42"));
    cases.add(Arguments.of("Types.create() instanceof Types", "true"));
    cases.add(Arguments.of("t.fixed", "7"));
    cases.add(Arguments.of("(t.text = 'changed', t.text)", "'changed'"));
    cases.add(Arguments.of("(t.text = null, t.text)", "null"));
    cases.add(Arguments.of("(t.color = 'BLUE', t.color)", "'BLUE'"));
    cases.add(Arguments.of("(t.ratio = 2.25, t.ratio)", "2.25"));
    return cases.stream();
  }

  static Stream<Arguments> refused() {
    List<Arguments> cases = new ArrayList<>();
    String where = "Types.echoInt: argument 1 (v) must be " + INT + ", got ";
    cases.add(Arguments.of("t.echoInt(3.7)", "TypeError: " + where + "3.7"));
    cases.add(Arguments.of("t.echoInt(2147483648)", "RangeError: " + where + "2147483648"));
    cases.add(Arguments.of("t.echoInt(-2147483649)", "RangeError: " + where + "-2147483649"));
    cases.add(Arguments.of("t.echoInt(Infinity)", "RangeError: " + where + "Infinity"));
    cases.add(Arguments.of("t.echoInt(NaN)", "TypeError: " + where + "NaN"));
    cases.add(Arguments.of("t.echoInt('5')", "TypeError: " + where + "\"5\""));
    cases.add(Arguments.of("t.echoInt(null)", "TypeError: " + where + "null"));
    cases.add(Arguments.of("t.echoInt(undefined)", "TypeError: " + where + "undefined"));
    cases.add(Arguments.of("t.echoInt(true)", "TypeError: " + where + "true"));
    cases.add(Arguments.of("t.echoInt({})", "TypeError: " + where + "an object"));
    cases.add(Arguments.of("t.echoInt([1])", "TypeError: " + where + "an object"));
    cases.add(Arguments.of("t.echoInt(Symbol())", "TypeError: " + where + "a symbol"));
    cases.add(Arguments.of("t.echoInt(function () {})", "TypeError: " + where + "a function"));
    cases.add(Arguments.of("t.echoInt({valueOf: function () { return 1 }})", "TypeError: " + where + "an object"));
    cases.add(Arguments.of("t.echoInt(new Proxy({}, {get: function () { throw 1 }}))", "TypeError: " + where + "an object"));
    cases.add(Arguments.of("t.echoByte(128)", "RangeError: Types.echoByte: argument 1 (v) must be a byte (an integer from -128 to 127), got 128"));
    cases.add(Arguments.of("t.echoShort(-32769)", "RangeError: Types.echoShort: argument 1 (v) must be a short (an integer from -32768 to 32767), got -32769"));
    cases.add(Arguments.of("t.echoLong(9007199254740992)", "RangeError: Types.echoLong: argument 1 (v) must be " + LONG + ", got 9007199254740992"));
    cases.add(Arguments.of("t.echoLong(1.5)", "TypeError: Types.echoLong: argument 1 (v) must be " + LONG + ", got 1.5"));
    cases.add(Arguments.of("t.echoFloat(1e39)", "RangeError: Types.echoFloat: argument 1 (v) must be a float (a number within float range), got 1e+39"));
    cases.add(Arguments.of("t.echoFloat('1')", "TypeError: Types.echoFloat: argument 1 (v) must be a float (a number within float range), got \"1\""));
    cases.add(Arguments.of("t.echoDouble('1')", "TypeError: Types.echoDouble: argument 1 (v) must be a number, got \"1\""));
    cases.add(Arguments.of("t.echoDouble(null)", "TypeError: Types.echoDouble: argument 1 (v) must be a number, got null"));
    cases.add(Arguments.of("t.echoBoolean(1)", "TypeError: Types.echoBoolean: argument 1 (v) must be a boolean, got 1"));
    cases.add(Arguments.of("t.echoBoolean(null)", "TypeError: Types.echoBoolean: argument 1 (v) must be a boolean, got null"));
    cases.add(Arguments.of("t.echoChar('')", "TypeError: Types.echoChar: argument 1 (v) must be a char (a string of one UTF-16 unit), got \"\""));
    cases.add(Arguments.of("t.echoChar('ab')", "TypeError: Types.echoChar: argument 1 (v) must be a char (a string of one UTF-16 unit), got \"ab\""));
    cases.add(Arguments.of("t.echoChar(97)", "TypeError: Types.echoChar: argument 1 (v) must be a char (a string of one UTF-16 unit), got 97"));
    cases.add(Arguments.of("t.echoString(5)", "TypeError: Types.echoString: argument 1 (v) must be a string or null, got 5"));
    cases.add(Arguments.of("t.echoString(undefined)", "TypeError: Types.echoString: argument 1 (v) must be a string or null, got undefined"));
    cases.add(Arguments.of("t.echoBoxedInt(1.5)", "TypeError: Types.echoBoxedInt: argument 1 (v) must be " + INT + " or null, got 1.5"));
    cases.add(Arguments.of("t.echoBoxedLong(undefined)", "TypeError: Types.echoBoxedLong: argument 1 (v) must be " + LONG + " or null, got undefined"));
    String color = "TypeError: Types.echoColor: argument 1 (v) must be one of 'RED', 'GREEN', 'BLUE' or null, got ";
    cases.add(Arguments.of("t.echoColor('red')", color + "\"red\""));
    cases.add(Arguments.of("t.echoColor(0)", color + "0"));
    cases.add(Arguments.of("t.echoColor('toString')", color + "\"toString\""));
    cases.add(Arguments.of("t.echoColor('__proto__')", color + "\"__proto__\""));
    cases.add(Arguments.of("t.echoColor(undefined)", color + "undefined"));
    String types = "TypeError: Types.echoTypes: argument 1 (v) must be a Types, got ";
    cases.add(Arguments.of("t.echoTypes({})", types + "an object"));
    cases.add(Arguments.of("t.echoTypes(null)", types + "null"));
    cases.add(Arguments.of("t.echoTypes(Object.create(Types.prototype))", types + "an object"));
    cases.add(Arguments.of("t.echoTypes(Object.assign({}, t))", types + "an object"));
    cases.add(Arguments.of("t.echoTypes(counter)", types + "a Counter"));
    cases.add(Arguments.of("t.echoTypes(Object.setPrototypeOf(counter, Types.prototype))", types + "a Counter"));
    cases.add(Arguments.of("t.echoInt()", "TypeError: Types.echoInt: expected 1 argument, got 0"));
    cases.add(Arguments.of("t.echoInt(1, 2)", "TypeError: Types.echoInt: expected 1 argument, got 2"));
    cases.add(Arguments.of("t.describe(1, 'b', 'RED')", "TypeError: Types.describe: expected 4 arguments, got 3"));
    cases.add(Arguments.of("t.describe(1, 'b', 'PINK', t)", "TypeError: Types.describe: argument 3 (c) must be one of 'RED', 'GREEN', 'BLUE' or null, got \"PINK\""));
    cases.add(Arguments.of("t.maxLong()", "RangeError: the long 9223372036854775807 cannot cross as a JavaScript number exactly (|n| must be <= 2^53-1)"));
    cases.add(Arguments.of("Types.twice(0.5)", "TypeError: Types.twice: argument 1 (v) must be " + INT + ", got 0.5"));
    cases.add(Arguments.of("(t.fixed = 8)", "TypeError: Types.fixed is read-only"));
    cases.add(Arguments.of("(t.ratio = '2')", "TypeError: Types.ratio: the value must be a number, got \"2\""));
    cases.add(Arguments.of("(t.color = 'PINK')", "TypeError: Types.color: the value must be one of 'RED', 'GREEN', 'BLUE' or null, got \"PINK\""));
    return cases.stream();
  }
}
