package dev.jsbind.runtime.j2v8;

import dev.jsbind.runtime.binding.JsComposite;
import dev.jsbind.runtime.binding.JsEnum;
import dev.jsbind.runtime.binding.JsParam;
import dev.jsbind.runtime.binding.JsType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the JavaScript half of a class template: an ES2015 class whose constructor, methods,
 * accessors and statics check their receiver and arguments and then call one Java native each.
 *
 * <p>All checking happens here, in JavaScript, for two reasons: it is far cheaper than a JNI call
 * per check, and Java must never read a script-supplied object (a Proxy or a throwing getter
 * crashes the JVM inside J2V8). Only checked primitives and wrapper ids reach Java, through
 * {@link ArgumentSlots}: natives take no arguments. The source is
 * a function {@code (h, n) => class}, where {@code h} is the bootstrap's private helpers and
 * {@code n} holds the natives {@code m0, m1, …} in member order (and the superclass's constructor
 * as {@code parent}).
 *
 * <p>Constructors return the wrapper Java made, so a subclass constructor never calls
 * {@code super()}: returning an object from a derived constructor is allowed without it. Several
 * constructors are dispatched as overloaded methods are.
 */
final class ShimWriter {
  private final String className;
  private final List<Member> members;
  private final StringBuilder js = new StringBuilder(4096);

  private final boolean extendsParent;
  private final int interfaceCount;
  private final boolean isInterface;
  private final FinalFields finals;
  /** Whether a failing argument check must first drop the arguments already copied (see values.js). */
  private boolean resetOnFailure;
  /**
   * While a rest parameter's elements are checked and written one by one: the expression that
   * empties the slots of those written so far, for a failing check to run first (issue 11).
   */
  private String restCleanup;
  /** The member standing for each function, promise, iterable or iterator type (see {@link Composites}). */
  private final Map<JsType, Integer> composites;
  /**
   * While the checks of a member with a receiver ({@code id}) are written: its {@code where} as a
   * JavaScript literal, for {@link #guarded}; {@code null} otherwise.
   */
  private String receiverWhere;

  private ShimWriter(String className, List<Member> members, boolean extendsParent, int interfaceCount,
      boolean isInterface, FinalFields finals) {
    this.className = className;
    this.members = members;
    this.extendsParent = extendsParent;
    this.interfaceCount = interfaceCount;
    this.isInterface = isInterface;
    this.finals = finals;
    this.composites = Composites.indexOf(members);
  }

  /**
   * {@code extendsParent}: the class extends the constructor passed as {@code n.parent}.
   * {@code interfaceCount}: the constructors of the exposed interfaces the class implements are
   * passed as {@code n.i0, n.i1, …}; their prototypes' members are copied onto this prototype where
   * its own chain lacks them. {@code isInterface}: the class is an exposed interface's, whose
   * {@code instanceof} asks Java through the native {@code n.is} (receiver id in the frame).
   */
  static String write(String className, List<Member> members, boolean extendsParent, int interfaceCount,
      boolean isInterface) {
    return write(className, members, extendsParent, interfaceCount, isInterface, FinalFields.NONE);
  }

  /** {@code finals}: the final fields the class's wrappers carry, read without calling Java. */
  static String write(String className, List<Member> members, boolean extendsParent, int interfaceCount,
      boolean isInterface, FinalFields finals) {
    return new ShimWriter(className, members, extendsParent, interfaceCount, isInterface, finals).write();
  }

  private String write() {
    js.append("(function (h, n) {\n'use strict';\n")
        .append("var brands = h.brands, FAILED = h.token, fail = h.fail, adopt = h.adopt, floor = h.floor;\n")
        .append("var F = h.frame, S = h.slots, fromCharCode = h.fromCharCode;\n")
        .append("var badArg = h.badArg, typeError = h.typeError;\n")
        .append("var V = h.values;\n");
    ValueShim values = new ValueShim();
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).hasNative()) {
        js.append("var m").append(i).append(" = n.m").append(i).append(";\n");
      }
      declareEnumMaps(i, members.get(i));
      declareValueTypes(values, i, members.get(i));
    }
    js.append(values.source());
    js.append("function illegal(where) { return typeError('Illegal invocation: ' + where + ' was called on ")
        .append("something that is not a ").append(className).append("'); }\n")
        .append("function arity(where, expected, got) { return typeError(where + ': expected ' + expected + ")
        .append("(expected === 1 ? ' argument' : ' arguments') + ', got ' + got); }\n")
        // The brand says the receiver is some exposed object, Java says of which class: asked only
        // when an argument check fails, so a wrong receiver is reported before its arguments.
        .append("var own = n.own;\n")
        .append("function mine(id, where, e) { F[").append(ArgumentSlots.RECEIVER)
        .append("] = id; return own() === true ? e : illegal(where); }\n");
    CompositeShims compositeShims = new CompositeShims(this, js);
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).isComposite()) {
        compositeShims.write(i, members.get(i));
      }
    }
    Map<String, List<Integer>> methodSets = methodSets();
    List<Integer> constructors = indexesOf(Member.Kind.CONSTRUCTOR);
    if (constructors.size() > 1) {
      for (int i : constructors) {
        writeOverload(i, members.get(i));
      }
    }
    for (List<Integer> set : methodSets.values()) {
      if (set.size() > 1) {
        for (int i : set) {
          writeOverload(i, members.get(i));
        }
      }
    }
    js.append("class ").append(className).append(extendsParent ? " extends n.parent" : "").append(" {\n");
    writeConstructor(constructors);
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      switch (member.kind) {
        case METHOD:
        case STATIC_METHOD:
          List<Integer> set = methodSets.get(setKey(member));
          if (set.size() == 1) {
            writeMethod(i, member);
          } else if (set.get(0) == i) {
            writeOverloadSet(set);
          }
          break;
        case GETTER:
        case STATIC_GETTER:
          writeGetter(i, member);
          if (!hasSetter(member)) {
            writeReadOnlySetter(member);
          }
          break;
        case SETTER:
        case STATIC_SETTER:
          writeSetter(i, member);
          break;
        default:
          break;
      }
    }
    js.append("}\n");
    writeConstants();
    writeFinalFieldMaker();
    for (int i = 0; i < interfaceCount; i++) {
      js.append("h.mixin(").append(className).append(".prototype, n.i").append(i).append(".prototype);\n");
    }
    writeToJSON();
    if (isInterface) {
      // Membership is the Java object's: a script can neither forge a brand nor make it count by
      // changing a wrapper's prototype.
      js.append("var is = n.is;\n")
          .append("h.defineHasInstance(").append(className).append(", function (x) {\n")
          .append("var id = brands.get(x);\nif (id === undefined) return false;\n")
          .append("F[").append(ArgumentSlots.RECEIVER).append("] = id;\nreturn is() === true;\n});\n");
    }
    js.append("h.freeze(").append(className).append(".prototype);\n")
        .append("h.freeze(").append(className).append(");\n")
        .append("return ").append(className).append(";\n})");
    return js.toString();
  }

  /**
   * Gives the prototype a toJSON yielding the readable properties of its wrappers, its own and
   * those of the prototypes it got members from (see bootstrap.js jsonable), unless the class
   * declares or inherits an exposed toJSON. Its receiver must be a wrapper of this class: Java is
   * asked, as for a failing argument check.
   */
  private void writeToJSON() {
    js.append("h.jsonable(").append(className).append(".prototype, {__proto__: null, n: ")
        .append((extendsParent ? 1 : 0) + interfaceCount);
    int k = 0;
    if (extendsParent) {
      js.append(", ").append(k++).append(": n.parent.prototype");
    }
    for (int i = 0; i < interfaceCount; i++) {
      js.append(", ").append(k++).append(": n.i").append(i).append(".prototype");
    }
    js.append("}, ").append(JsNames.literal(className + ".toJSON")).append(", ").append(JsNames.literal(className))
        .append(", function (id) { F[").append(ArgumentSlots.RECEIVER).append("] = id; return own() === true; });\n");
  }

  private void writeConstructor(List<Integer> constructors) {
    if (constructors.isEmpty()) {
      js.append("constructor() { throw typeError('Illegal constructor: ").append(className)
          .append(" cannot be created from JavaScript'); }\n");
      return;
    }
    if (constructors.size() > 1) {
      js.append("constructor() {\n");
      writeDispatch(constructors);
      js.append("}\n");
      return;
    }
    int index = constructors.get(0);
    Member member = members.get(index);
    js.append("constructor(").append(paramList(member)).append(") {\n");
    writeArityCheck(member);
    writeArgumentChecks(index, member);
    writeTransfer(member);
    String clear = clearArguments(member);
    js.append("var r = m").append(index).append("();\n")
        .append(ValueShim.copiesArguments(member) ? "V.reset(tb);\n" : "")
        .append("if (r === FAILED) { ").append(clear).append("throw fail(); }\n")
        // After adopt: the new wrapper's final fields came where the arguments were (FinalFields).
        .append("adopt(r);\n").append(clear)
        // `class X extends Counter` from JavaScript: the Java object gets the subclass's prototype.
        .append("if (new.target !== ").append(className).append(") h.setPrototypeOf(r, new.target.prototype);\n")
        .append("return r;\n}\n");
  }

  private void writeMethod(int index, Member member) {
    js.append(member.isStatic() ? "static " : "")
        .append(JsNames.literal(member.jsName)).append('(').append(paramList(member)).append(") {\n");
    if (member.hasReceiver()) {
      writeReceiverCheck(member);
    }
    guardReceiver(member);
    writeArityCheck(member);
    writeArgumentChecks(index, member);
    receiverWhere = null;
    writeCallAndReturn(index, member);
    js.append("}\n");
  }

  /**
   * From here until {@link #receiverWhere} is cleared, every failing check of {@code member} (if it
   * has a receiver) first makes sure the receiver is of the member's class (see {@link #guarded}).
   * Copied arguments are checked by values.js, whose errors cannot be guarded without a
   * try/catch: for those members the receiver's class is asked once before any check.
   */
  private void guardReceiver(Member member) {
    if (!member.hasReceiver() || member.isComposite()) {
      return;
    }
    receiverWhere = JsNames.literal(member.where);
    if (ValueShim.copiesArguments(member)) {
      js.append("F[").append(ArgumentSlots.RECEIVER).append("] = id;\nif (own() !== true) throw illegal(")
          .append(receiverWhere).append(");\n");
    }
  }

  /** The error a failing check throws: for a receiver of another class, "Illegal invocation" instead. */
  private String guarded(String error) {
    return receiverWhere == null ? error : "mine(id, " + receiverWhere + ", " + error + ")";
  }

  /** Methods by name (statics apart), in member order: a set of several is one overloaded JavaScript method. */
  private Map<String, List<Integer>> methodSets() {
    Map<String, List<Integer>> sets = new LinkedHashMap<String, List<Integer>>();
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      if (member.kind == Member.Kind.METHOD || member.kind == Member.Kind.STATIC_METHOD) {
        String key = setKey(member);
        if (!sets.containsKey(key)) {
          sets.put(key, new ArrayList<Integer>());
        }
        sets.get(key).add(i);
      }
    }
    return sets;
  }

  private static String setKey(Member member) {
    return (member.isStatic() ? "static " : "") + member.jsName;
  }

  /**
   * One overload, as a function {@code oN(id, a0, …)} the overloaded method calls once it chose it;
   * a constructor's returns the new wrapper.
   */
  private void writeOverload(int index, Member member) {
    js.append("function o").append(index).append('(').append(member.hasReceiver() ? "id" : "");
    for (int p = 0; p < member.params.length; p++) {
      js.append(p == 0 && !member.hasReceiver() ? "" : ", ").append('a').append(p);
    }
    js.append(") {\n");
    guardReceiver(member);
    writeArgumentChecks(index, member);
    receiverWhere = null;
    if (member.kind == Member.Kind.CONSTRUCTOR) {
      writeTransfer(member);
      String clear = clearArguments(member);
      js.append("var r = m").append(index).append("();\n")
          .append(ValueShim.copiesArguments(member) ? "V.reset(tb);\n" : "")
          .append("if (r === FAILED) { ").append(clear).append("throw fail(); }\n")
          .append("adopt(r);\n").append(clear)
          .append("return r;\n");
    } else {
      writeCallAndReturn(index, member);
    }
    js.append("}\n");
  }

  /**
   * An overloaded method: it picks the overload by the number of arguments, then (among overloads
   * taking that many) by the kind of value at the distinguishing position, as Web IDL does; the
   * chosen overload then checks its arguments as any method does.
   */
  private void writeOverloadSet(List<Integer> set) {
    Member first = members.get(set.get(0));
    js.append(first.isStatic() ? "static " : "").append(JsNames.literal(first.jsName)).append("() {\n");
    if (first.hasReceiver()) {
      writeReceiverCheck(first);
      receiverWhere = JsNames.literal(first.where);
    }
    writeDispatch(set);
    receiverWhere = null;
    js.append("}\n");
  }

  /**
   * The body of an overloaded method or constructor: it picks the overload by the number of
   * arguments, then by the kind of value at the distinguishing position, and returns what the
   * chosen one returns (for a constructor, its wrapper, given the prototype of {@code new.target}).
   */
  private void writeDispatch(List<Integer> set) {
    Member first = members.get(set.get(0));
    for (int i : set) {
      for (JsParam param : members.get(i).params) {
        if (param.optional() || param.rest()) {
          throw new IllegalArgumentException(first.where + ": overloads cannot have optional or rest parameters");
        }
      }
    }
    String where = JsNames.literal(first.where);
    TreeMap<Integer, List<Integer>> byArity = new TreeMap<Integer, List<Integer>>();
    for (int i : set) {
      int arity = members.get(i).params.length;
      if (!byArity.containsKey(arity)) {
        byArity.put(arity, new ArrayList<Integer>());
      }
      byArity.get(arity).add(i);
    }
    js.append("var n = arguments.length;\n");
    for (Map.Entry<Integer, List<Integer>> entry : byArity.entrySet()) {
      int arity = entry.getKey();
      List<Integer> overloads = entry.getValue();
      js.append("if (n === ").append(arity).append(") {\n");
      if (overloads.size() == 1) {
        js.append("return ").append(overloadCall(overloads.get(0), arity)).append(";\n");
      } else {
        int d = distinguishingIndex(first.where, overloads);
        js.append("var d = arguments[").append(d).append("];\n");
        StringBuilder expected = new StringBuilder();
        String name = members.get(overloads.get(0)).params[d].name();
        for (int k = 0; k < overloads.size(); k++) {
          JsParam param = members.get(overloads.get(k)).params[d];
          js.append("if (").append(valueKindTest(param.type(), "d")).append(") return ")
              .append(overloadCall(overloads.get(k), arity)).append(";\n");
          expected.append(k == 0 ? "" : k == overloads.size() - 1 ? " or " : ", ").append(param.type().description());
          name = param.name().equals(name) ? name : null;
        }
        js.append("throw ").append(guarded("typeError(" + where + " + "
            + JsNames.literal(": argument " + (d + 1) + (name == null ? "" : " (" + name + ")") + " must be "
                + expected + ", got ") + " + h.describe(d))")).append(";\n");
      }
      js.append("}\n");
    }
    StringBuilder arities = new StringBuilder();
    int k = 0;
    for (int arity : byArity.keySet()) {
      arities.append(k == 0 ? "" : k == byArity.size() - 1 ? " or " : ", ").append(arity);
      k++;
    }
    // A number when there is one count, so that "1 argument" stays singular.
    js.append("throw ").append(guarded("arity(" + where + ", "
        + (byArity.size() == 1 ? arities.toString() : JsNames.literal(arities.toString())) + ", n)")).append(";\n");
  }

  private String overloadCall(int index, int arity) {
    String call = chosenCall(index, arity);
    // `class X extends Counter` from JavaScript: the Java object gets the subclass's prototype.
    return members.get(index).kind == Member.Kind.CONSTRUCTOR
        ? "h.made(" + call + ", new.target, " + className + ")"
        : call;
  }

  private String chosenCall(int index, int arity) {
    StringBuilder call = new StringBuilder("o").append(index).append('(');
    boolean receiver = members.get(index).hasReceiver();
    call.append(receiver ? "id" : "");
    for (int p = 0; p < arity; p++) {
      call.append(p == 0 && !receiver ? "" : ", ").append("arguments[").append(p).append(']');
    }
    return call.append(')').toString();
  }

  /**
   * The first position where every two of these overloads (all taking the same number of
   * arguments) take different kinds of value, at most one of them accepting null. The processor
   * rejects sets without one at compile time; a binding that has one anyway fails here.
   */
  private int distinguishingIndex(String where, List<Integer> overloads) {
    int arity = members.get(overloads.get(0)).params.length;
    for (int d = 0; d < arity; d++) {
      boolean all = true;
      for (int a = 0; a < overloads.size() && all; a++) {
        for (int b = a + 1; b < overloads.size() && all; b++) {
          JsType x = members.get(overloads.get(a)).params[d].type();
          JsType y = members.get(overloads.get(b)).params[d].type();
          all = valueKind(x) != valueKind(y) && !(x.nullable() && y.nullable())
              && !(x.kind() == JsType.Kind.OPTIONAL && y.kind() == JsType.Kind.OPTIONAL); // both take undefined
        }
      }
      if (all) {
        return d;
      }
    }
    throw new IllegalArgumentException(where + ": its overloads taking " + arity
        + " arguments cannot be told apart in JavaScript (recompile with the jsbind processor)");
  }

  /**
   * What JavaScript tells apart: 'boolean', 'number', 'string' (chars and enums too), 'object' (a
   * wrapper), 'array', 'set' or 'record' (a plain object: a map or a value); an Optional is its element's.
   */
  private static String valueKind(JsType type) {
    switch (type.kind()) {
      case ARRAY:
      case LIST:
        return "array";
      case SET:
        return "set";
      case MAP:
      case VALUE:
        return "record";
      case OPTIONAL:
        return valueKind(((JsComposite) type).element());
      case BOOLEAN:
        return "boolean";
      case CHAR:
      case STRING:
      case ENUM:
        return "string";
      case OBJECT:
        return "object";
      case FUNCTION:
        return "function";
      case PROMISE:
        return "promise";
      default:
        return "number";
    }
  }

  private static String valueKindTest(JsType type, String d) {
    String kind = valueKind(type);
    String test = kind.equals("object") ? "brands.get(" + d + ") !== undefined"
        : kind.equals("array") ? "V.isArray(" + d + ")"
        : kind.equals("set") ? "V.isSet(" + d + ")"
        : kind.equals("record") ? "V.isRecord(" + d + ")"
        : kind.equals("promise") ? "h.isThenable(" + d + ")"
        : "typeof " + d + " === '" + kind + "'";
    if (type.kind() == JsType.Kind.OPTIONAL) {
      test = d + " === undefined || " + test;
    }
    return type.nullable() ? test + " || " + d + " === null" : test;
  }

  private void writeArityCheck(Member member) {
    int required = 0;
    boolean rest = false;
    for (JsParam param : member.params) {
      required += param.optional() || param.rest() ? 0 : 1;
      rest |= param.rest();
    }
    String where = JsNames.literal(member.where);
    if (rest) {
      js.append("if (arguments.length < ").append(required).append(") throw ").append(guarded("typeError(" + where
          + " + " + JsNames.literal(": expected at least " + required
              + (required == 1 ? " argument" : " arguments") + ", got ") + " + arguments.length)")).append(";\n");
      return;
    }
    if (required < member.params.length) {
      js.append("if (arguments.length < ").append(required).append(" || arguments.length > ")
          .append(member.params.length).append(") throw ").append(guarded("arity(" + where + ", "
          + JsNames.literal(required + " to " + member.params.length) + ", arguments.length)")).append(";\n");
      return;
    }
    js.append("if (arguments.length !== ").append(member.params.length).append(") throw ")
        .append(guarded("arity(" + where + ", " + member.params.length + ", arguments.length)")).append(";\n");
  }

  private void writeGetter(int index, Member member) {
    js.append(member.isStatic() ? "static get " : "get ").append(JsNames.literal(member.jsName)).append("() {\n");
    if (member.hasReceiver()) {
      writeReceiverCheck(member);
    }
    String key = member.fixed() ? finals.keyOf(member) : null;
    if (key != null) {
      // A final field: the wrapper's record has its value, unless its Java object is no instance of
      // this class (then its record lacks the key, and Java refuses the receiver).
      js.append("var f = h.records[id];\n")
          .append("if (f !== undefined) { var v = f[").append(JsNames.literal(key)).append("]; if (v !== undefined) return v; }\n");
    }
    writeCallAndReturn(index, member);
    js.append("}\n");
  }

  private void writeSetter(int index, Member member) {
    js.append(member.isStatic() ? "static set " : "set ").append(JsNames.literal(member.jsName))
        .append('(').append(paramList(member)).append(") {\n");
    if (member.hasReceiver()) {
      writeReceiverCheck(member);
    }
    guardReceiver(member);
    writeArgumentChecks(index, member);
    receiverWhere = null;
    writeCallAndReturn(index, member);
    js.append("}\n");
  }

  private void writeReadOnlySetter(Member getter) {
    js.append(getter.isStatic() ? "static set " : "set ").append(JsNames.literal(getter.jsName)).append("(v) { throw typeError(")
        .append(JsNames.literal(getter.where + " is read-only")).append("); }\n");
  }

  private void writeReceiverCheck(Member member) {
    js.append("var id = brands.get(this);\nif (id === undefined) throw illegal(")
        .append(JsNames.literal(member.where)).append(");\n");
  }

  /** Descriptors of the copied parameters ({@code tI_P}) and result ({@code tI_r}) of member {@code index}. */
  private static void declareValueTypes(ValueShim values, int index, Member member) {
    for (int p = 0; p < member.params.length; p++) {
      if (ValueShim.copied(member.params[p].type())) {
        values.declare("t" + index + "_" + p, member.params[p].type(), false);
      }
    }
    if (ValueShim.copied(member.returns)) {
      values.declare("t" + index + "_r", member.returns, true);
    }
  }

  /** Checks each parameter; a failing check throws, a passing one leaves the value for Java in {@code vN}. */
  void writeArgumentChecks(int index, Member member) {
    JsParam[] params = member.params;
    // Copied arguments are encoded on the tape from here; every failure below drops them (see values.js).
    resetOnFailure = ValueShim.copiesArguments(member);
    if (resetOnFailure) {
      js.append("var tb = V.mark();\n");
    }
    for (int p = 0; p < params.length; p++) {
      JsType type = params[p].type();
      String a = "a" + p;
      if (params[p].rest()) {
        writeRestChecks(index, member, p);
        continue;
      }
      String subject = member.kind == Member.Kind.SETTER || member.kind == Member.Kind.STATIC_SETTER
          ? member.where + ": the value"
          : member.where + ": argument " + (p + 1) + " (" + params[p].name() + ")";
      if (params[p].optional() && type.kind() != JsType.Kind.OBJECT && type.kind() != JsType.Kind.OPTIONAL) {
        // Omitted or undefined: Java gets null (optional parameters have nullable types).
        js.append("if (").append(a).append(" === undefined) ").append(a).append(" = null;\n");
      }
      if (ValueShim.copied(type)) {
        js.append("var v").append(p).append(" = V.enc(t").append(index).append('_').append(p).append(", ").append(a)
            .append(", ").append(JsNames.literal(subject)).append(", tb);\n");
        continue;
      }
      writeCheck(a, "v" + p, type, JsNames.literal(subject), "e" + index + "_" + p, params[p].optional());
    }
  }

  /**
   * Checks {@code a} against {@code type}; a failing check throws (naming the JavaScript string
   * expression {@code subject}), a passing one leaves the value for Java in {@code v}.
   */
  void writeCheck(String a, String v, JsType type, String subject, String enumMap, boolean optional) {
    String error = guarded("badArg(" + subject + ", " + JsNames.literal(type.description()) + ", " + a + ", "
        + rangeKind(type) + ")");
    String undo = (restCleanup == null ? "" : restCleanup + ", ") + (resetOnFailure ? "V.reset(tb), " : "");
    String fail = "throw " + (undo.isEmpty() ? error : "(" + undo + error + ")") + ";\n";
    String nullable = type.nullable() ? a + " !== null && " : "";
    switch (type.kind()) {
      case ITERABLE:
      case ITERATOR:
        throw new IllegalArgumentException(subject + ": an Iterable or Iterator can only be returned to JavaScript");
      case OBJECT:
        // Ids start at 1; 0 stands for null where the parameter is @JsNullable, or for an omitted
        // optional argument.
        js.append("var ").append(v).append(" = ")
            .append(optional ? a + " === undefined ? 0 : " : "")
            .append(type.nullable() ? a + " === null ? 0 : " : "").append("brands.get(").append(a).append(");\n")
            .append("if (").append(v).append(" === undefined) ").append(fail);
        break;
      case ENUM:
        js.append("var ").append(v).append(" = ").append(a).append(" === null ? -1 : typeof ").append(a)
            .append(" === 'string' ? ").append(enumMap).append('[').append(a).append("] : undefined;\n")
            .append("if (").append(v).append(" === undefined) ").append(fail);
        break;
      default:
        js.append("if (").append(nullable).append('(').append(reject(type.kind(), a)).append(")) ").append(fail)
            .append("var ").append(v).append(" = ").append(a).append(";\n");
        break;
    }
  }

  /**
   * A rest parameter at {@code k}: its elements are the arguments from {@code k} on, each checked
   * as its type; their count goes to slot {@code k} of the frame and the values to the slots after.
   */
  private void writeRestChecks(int index, Member member, int k) {
    JsParam rest = member.params[k];
    int room = ArgumentSlots.SLOTS - ArgumentSlots.of(k + 1);
    js.append("var rn = arguments.length - ").append(k).append(";\n")
        .append("if (rn < 0) rn = 0;\n")
        .append("if (rn > ").append(room).append(") throw ").append(resetOnFailure ? "V.reset(tb), " : "")
        .append(guarded("typeError(" + JsNames.literal(member.where
            + ": expected at most " + (k + room) + " arguments, got ") + " + arguments.length)")).append(";\n")
        .append("F[").append(ArgumentSlots.of(k)).append("] = rn;\n")
        .append("for (var j = 0; j < rn; j++) {\n")
        .append("var r = arguments[").append(k).append(" + j];\n");
    String subject = JsNames.literal(member.where + ": argument ") + " + (" + (k + 1) + " + j) + "
        + JsNames.literal(" (" + rest.name() + ")");
    restCleanup = "h.clearSlots(" + ArgumentSlots.of(k) + ", j + 1)";
    writeCheck("r", "rv", rest.type(), subject, "e" + index + "_" + k, false);
    restCleanup = null;
    writeSlot(rest.type(), "rv", ArgumentSlots.of(k + 1) + " + j");
    js.append("}\n");
  }

  /** A cheap condition that is true when {@code a} is not a valid value of {@code kind}. */
  private static String reject(JsType.Kind kind, String a) {
    String notNumber = "typeof " + a + " !== 'number'";
    switch (kind) {
      case BOOLEAN:
        return "typeof " + a + " !== 'boolean'";
      case BYTE:
        return notNumber + " || (" + a + " | 0) !== " + a + " || " + a + " < -128 || " + a + " > 127";
      case SHORT:
        return notNumber + " || (" + a + " | 0) !== " + a + " || " + a + " < -32768 || " + a + " > 32767";
      case INT:
        return notNumber + " || (" + a + " | 0) !== " + a;
      case LONG:
        return notNumber + " || floor(" + a + ") !== " + a + " || " + a + " > 9007199254740991 || " + a + " < -9007199254740991";
      case FLOAT:
        return notNumber + " || !h.isFloat(" + a + ")";
      case DOUBLE:
        return notNumber;
      case CHAR:
        return "typeof " + a + " !== 'string' || " + a + ".length !== 1";
      case STRING:
        return "typeof " + a + " !== 'string'";
      case FUNCTION:
        return "typeof " + a + " !== 'function'";
      case PROMISE:
        return "!h.isThenable(" + a + ")";
      default:
        throw new IllegalArgumentException("no check for " + kind);
    }
  }

  /** Which failures of this type are range errors rather than type errors (see bootstrap badArg). */
  private static String rangeKind(JsType type) {
    switch (type.kind()) {
      case BYTE:
        return "'byte'";
      case SHORT:
        return "'short'";
      case INT:
        return "'int'";
      case LONG:
        return "'long'";
      case FLOAT:
        return "'float'";
      default:
        return "''";
    }
  }

  void writeCallAndReturn(int index, Member member) {
    writeTransfer(member);
    if (FrameResults.carries(member)) {
      writeCallWithResultInFrame(index, member);
      return;
    }
    String call = "m" + index + "()";
    String tb = ValueShim.copiesArguments(member) ? "tb" : "-1";
    String clear = clearArguments(member);
    if (ValueShim.copied(member.returns)) {
      // Java wrote the result on the tape; the glue rebuilds it (values.js). The arguments' slots
      // are emptied first: exposed objects in the result bring their final fields into the slots
      // while it is rebuilt, and their record makers empty those.
      js.append("var r = ").append(call).append(";\n").append(clear).append("if (r === FAILED) { V.reset(")
          .append(tb).append("); throw fail(); }\nreturn V.dec(t").append(index).append("_r, r, ").append(tb)
          .append(");\n");
      return;
    }
    js.append("var r = ").append(call).append(";\n");
    if (ValueShim.copiesArguments(member)) {
      js.append("V.reset(tb);\n");
    }
    switch (member.returns.kind()) {
      case VOID:
        js.append(clear).append("if (r === FAILED) throw fail();\n");
        break;
      default:
        js.append("if (r === FAILED) { ").append(clear).append("throw fail(); }\n");
        if (clear.isEmpty()) {
          js.append("return ").append(fromNative(member.returns, "r")).append(";\n");
        } else {
          // Emptied after adopt: a new wrapper's final fields came where the arguments were.
          js.append("var x = ").append(fromNative(member.returns, "r")).append(";\n").append(clear)
              .append("return x;\n");
        }
        break;
    }
  }

  /**
   * Statements that empty the slots and frame words the glue filled with {@code member}'s
   * arguments: nothing a call passed may outlive it (issue 11, class 2). Known statically per
   * member, so a call clears only what it used; empty when it used nothing.
   */
  private static String clearArguments(Member member) {
    StringBuilder out = new StringBuilder();
    for (int p = 0; p < member.params.length; p++) {
      int slot = ArgumentSlots.of(p);
      JsType type = member.params[p].type();
      if (member.params[p].rest()) {
        out.append("h.clearSlots(").append(slot).append(", rn + 1);\n"); // the count, then the elements
        continue;
      }
      boolean inSlots = ValueShim.copied(type) // the start in the frame, the call's strings in the slot
          || type.kind() != JsType.Kind.FUNCTION && type.kind() != JsType.Kind.PROMISE && !ArgumentSlots.inFrame(type);
      boolean inFrame = ValueShim.copied(type) || !inSlots;
      if (inSlots) {
        out.append("S[").append(slot).append("] = null;\n");
      }
      if (inFrame) {
        out.append("F[").append(slot).append("] = 0;\n");
      }
    }
    return out.toString();
  }

  /**
   * Calls a native that leaves its result in the frame (see {@link FrameResults}) and reads status
   * and result in the statement right after it, before anything else runs (dropping copied
   * arguments included): the next member called would overwrite them.
   */
  private void writeCallWithResultInFrame(int index, Member member) {
    boolean returnsValue = member.returns.kind() != JsType.Kind.VOID;
    js.append('m').append(index).append("();\n")
        .append("var s = F[").append(ArgumentSlots.RESULT_STATUS).append(']')
        .append(returnsValue ? ", r = F[" + ArgumentSlots.RESULT + "]" : "").append(";\n")
        .append(returnsValue ? "F[" + ArgumentSlots.RESULT + "] = 0;\n" : "")
        .append(ValueShim.copiesArguments(member) ? "V.reset(tb);\n" : "")
        .append(clearArguments(member));
    if (!returnsValue) {
      js.append("if (s !== ").append(FrameResults.OK).append(") throw fail();\n");
      return;
    }
    js.append("if (s !== ").append(FrameResults.OK).append(") { if (s === ").append(FrameResults.NULL)
        .append(") return null; throw fail(); }\n")
        .append("return ").append(fromFrame(member.returns.kind(), "r")).append(";\n");
  }

  /** The JavaScript value of the number {@code r} that {@link FrameResults} wrote for a result of {@code kind}. */
  private static String fromFrame(JsType.Kind kind, String r) {
    switch (kind) {
      case BOOLEAN:
        return r + " === 1";
      case CHAR:
        return "fromCharCode(" + r + ")";
      default:
        return r;
    }
  }

  /** Puts the checked receiver id and arguments where Java reads them (see {@link ArgumentSlots}). */
  private void writeTransfer(Member member) {
    if (member.hasReceiver()) {
      js.append("F[").append(ArgumentSlots.RECEIVER).append("] = id;\n");
    }
    if (ValueShim.copiesArguments(member)) {
      js.append("var st = V.seal();\n");
    } else if (ValueShim.usesTape(member)) {
      js.append("V.seal();\n");
    }
    for (int p = 0; p < member.params.length; p++) {
      if (member.params[p].rest()) {
        continue; // written by the rest checks
      }
      JsType type = member.params[p].type();
      if (ValueShim.copied(type)) {
        // Where the argument starts on the tape, and the call's strings.
        js.append("F[").append(ArgumentSlots.of(p)).append("] = v").append(p).append(";\nS[")
            .append(ArgumentSlots.of(p)).append("] = st;\n");
        continue;
      }
      writeSlot(type, "v" + p, String.valueOf(ArgumentSlots.of(p)));
    }
  }

  /**
   * Puts the checked value {@code v} of {@code type} in slot {@code slot} for Java (see
   * {@link ArgumentSlots}); a function or promise is kept in JavaScript and crosses as its id.
   */
  void writeSlot(JsType type, String v, String slot) {
    switch (type.kind()) {
      case FUNCTION:
        js.append("F[").append(slot).append("] = ").append(v).append(" === null ? 0 : h.keep(").append(v)
            .append(", c").append(composite(type)).append(");\n");
        break;
      case PROMISE:
        js.append("F[").append(slot).append("] = ").append(v).append(" === null ? 0 : h.watch(").append(v)
            .append(", w").append(composite(type)).append(");\n");
        break;
      default:
        boolean inFrame = ArgumentSlots.inFrame(type);
        js.append(inFrame ? "F[" : "S[").append(slot).append("] = ")
            .append(inFrame && type.kind() == JsType.Kind.BOOLEAN ? v + " ? 1 : 0" : v).append(";\n");
        break;
    }
  }

  /** The JavaScript value of {@code r}, what a native returned for a {@code type}. */
  String fromNative(JsType type, String r) {
    switch (type.kind()) {
      case OBJECT:
        return r + " === null ? null : adopt(" + r + ")";
      case FUNCTION:
        return r + " === null ? null : h.view(adopt(" + r + "), j" + composite(type) + ")";
      case ITERABLE:
      case ITERATOR:
        return r + " === null ? null : h.view(adopt(" + r + "), it" + composite(type) + ")";
      case PROMISE:
        return r + " === null ? null : h.promise(" + r + ", p" + composite(type) + ")";
      default:
        return r;
    }
  }

  int composite(JsType type) {
    Integer index = composites.get(type);
    if (index == null) {
      throw new IllegalStateException("no member stands for " + type + " (not expanded by Composites)");
    }
    return index;
  }

  /**
   * The function {@code adopt} calls to build the final-field record of a new wrapper of this class
   * from the values Java left in the frame and slots (see {@link FinalFields}). The record has no
   * prototype chain but its own empty one: a key it lacks must read as undefined, whatever a script
   * put on Object.prototype.
   */
  private void writeFinalFieldMaker() {
    if (finals.fields.isEmpty()) {
      return;
    }
    // Records are made by a constructor, so that they share one shape (fast to build and read);
    // its prototype is empty, frozen and has none itself. In a scope of its own: no name it
    // declares may clash with the class's.
    js.append("h.maker(").append(finals.maker).append(", (function () {\n")
        .append("var Record = function () {};\nRecord.prototype = h.freeze(h.create(null));\n")
        .append("return function () {\nvar r = new Record(), v;\n");
    for (FinalFields.Field field : finals.fields) {
      String key = "r[" + JsNames.literal(field.key) + "] = ";
      switch (field.getter.returns.kind()) {
        case BOOLEAN:
          js.append(key).append("F[").append(field.slot).append("] === 1;\n");
          break;
        case CHAR:
        case STRING:
          js.append(key).append("S[").append(field.slot).append("];\n");
          break;
        case LONG:
          // Beyond 2^53-1 the getter's RangeError stands: no value in the record.
          js.append("v = F[").append(field.slot).append("];\n")
              .append("if (v <= 9007199254740991 && v >= -9007199254740991) ").append(key).append("v;\n");
          break;
        default:
          js.append(key).append("F[").append(field.slot).append("];\n");
          break;
      }
    }
    // The values must not outlive the wrapper's making (issue 11): empty what was read.
    for (FinalFields.Field field : finals.fields) {
      switch (field.getter.returns.kind()) {
        case CHAR:
        case STRING:
          js.append("S[").append(field.slot).append("] = null;\n");
          break;
        default:
          js.append("F[").append(field.slot).append("] = 0;\n");
          break;
      }
    }
    js.append("return r;\n};\n})());\n");
  }

  /**
   * Constants are read-only data properties of the constructor holding their value, so reading one
   * never calls Java. The descriptor has no prototype: a script's {@code Object.prototype.get}
   * must not turn it into an accessor.
   */
  private void writeConstants() {
    for (Member member : members) {
      if (member.kind == Member.Kind.CONSTANT) {
        js.append("h.defineProperty(").append(className).append(", ").append(JsNames.literal(member.jsName))
            .append(", {__proto__: null, value: ").append(constantLiteral(member.returns, member.body))
            .append(", writable: false, enumerable: false, configurable: false});\n");
      }
    }
  }

  /** The JavaScript literal of a constant's value (checked by {@link TemplateBuilder}). */
  private static String constantLiteral(JsType type, Object value) {
    switch (type.kind()) {
      case BOOLEAN:
        return value.toString();
      case CHAR:
        return JsNames.literal(value.toString());
      case STRING:
        return JsNames.literal((String) value);
      default:
        double number = ((Number) value).doubleValue();
        if (number != number) {
          return "(0 / 0)";
        }
        if (Double.isInfinite(number)) {
          return number > 0 ? "(1 / 0)" : "(-1 / 0)";
        }
        if (number == 0 && 1 / number < 0) {
          return "(-0)";
        }
        // A float constant crosses as the double it widens to, as a float result does.
        return number == Math.rint(number) && Math.abs(number) <= JsValues.MAX_SAFE_INTEGER
            ? Long.toString((long) number) : Double.toString(number);
    }
  }

  private void declareEnumMaps(int index, Member member) {
    for (int p = 0; p < member.params.length; p++) {
      declareEnumMap("e" + index + "_" + p, member.params[p].type());
    }
    if (member.kind == Member.Kind.FUNCTION || member.kind == Member.Kind.PROMISE) {
      declareEnumMap("e" + index + "_r", member.returns); // a script's function result or promise value
    }
  }

  private void declareEnumMap(String name, JsType type) {
    if (type instanceof JsEnum) {
      JsEnum<?> enumType = (JsEnum<?>) type;
      // A prototype-less map, so "toString" or "__proto__" are not accidentally constants.
      js.append("var ").append(name).append(" = h.create(null);\n");
      for (int ordinal = 0; ordinal < enumType.size(); ordinal++) {
        js.append(name).append('[')
            .append(JsNames.literal(enumType.constant(ordinal).name())).append("] = ").append(ordinal).append(";\n");
      }
    }
  }

  /** The declared parameters, without a rest parameter (whose elements are read from {@code arguments}). */
  static String paramList(Member member) {
    StringBuilder out = new StringBuilder();
    for (int p = 0; p < member.params.length && !member.params[p].rest(); p++) {
      out.append(p == 0 ? "" : ", ").append('a').append(p);
    }
    return out.toString();
  }

  private List<Integer> indexesOf(Member.Kind kind) {
    List<Integer> found = new ArrayList<Integer>();
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).kind == kind) {
        found.add(i);
      }
    }
    return found;
  }

  private boolean hasSetter(Member getter) {
    Member.Kind setter = getter.isStatic() ? Member.Kind.STATIC_SETTER : Member.Kind.SETTER;
    for (Member member : members) {
      if (member.kind == setter && member.jsName.equals(getter.jsName)) {
        return true;
      }
    }
    return false;
  }
}
