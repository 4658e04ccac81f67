package dev.jsbind.runtime.j2v8;

import dev.jsbind.runtime.binding.JsEnum;
import dev.jsbind.runtime.binding.JsParam;
import dev.jsbind.runtime.binding.JsType;
import java.util.List;

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
 * {@code super()}: returning an object from a derived constructor is allowed without it.
 */
final class ShimWriter {
  private final String className;
  private final List<Member> members;
  private final StringBuilder js = new StringBuilder(4096);

  private final boolean extendsParent;

  private ShimWriter(String className, List<Member> members, boolean extendsParent) {
    this.className = className;
    this.members = members;
    this.extendsParent = extendsParent;
  }

  /** {@code extendsParent}: the class extends the constructor passed as {@code n.parent}. */
  static String write(String className, List<Member> members, boolean extendsParent) {
    return new ShimWriter(className, members, extendsParent).write();
  }

  private String write() {
    js.append("(function (h, n) {\n'use strict';\n")
        .append("var brands = h.brands, FAILED = h.token, fail = h.fail, adopt = h.adopt, floor = h.floor;\n")
        .append("var F = h.frame, S = h.slots;\n")
        .append("var badArg = h.badArg, typeError = h.typeError;\n");
    for (int i = 0; i < members.size(); i++) {
      js.append("var m").append(i).append(" = n.m").append(i).append(";\n");
      declareEnumMaps(i, members.get(i));
    }
    js.append("function illegal(where) { return typeError('Illegal invocation: ' + where + ' was called on ")
        .append("something that is not a ").append(className).append("'); }\n")
        .append("function arity(where, expected, got) { return typeError(where + ': expected ' + expected + ")
        .append("(expected === 1 ? ' argument' : ' arguments') + ', got ' + got); }\n");
    js.append("class ").append(className).append(extendsParent ? " extends n.parent" : "").append(" {\n");
    writeConstructor();
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      switch (member.kind) {
        case METHOD:
        case STATIC_METHOD:
          writeMethod(i, member);
          break;
        case GETTER:
          writeGetter(i, member);
          if (!hasSetter(member.jsName)) {
            writeReadOnlySetter(member);
          }
          break;
        case SETTER:
          writeSetter(i, member);
          break;
        default:
          break;
      }
    }
    js.append("}\n")
        .append("h.freeze(").append(className).append(".prototype);\n")
        .append("h.freeze(").append(className).append(");\n")
        .append("return ").append(className).append(";\n})");
    return js.toString();
  }

  private void writeConstructor() {
    int index = indexOf(Member.Kind.CONSTRUCTOR);
    if (index < 0) {
      js.append("constructor() { throw typeError('Illegal constructor: ").append(className)
          .append(" cannot be created from JavaScript'); }\n");
      return;
    }
    Member member = members.get(index);
    js.append("constructor(").append(paramList(member)).append(") {\n");
    writeArityCheck(member);
    writeArgumentChecks(index, member);
    writeTransfer(member);
    js.append("var r = m").append(index).append("();\n")
        .append("if (r === FAILED) throw fail();\n")
        .append("adopt(r);\n")
        // `class X extends Counter` from JavaScript: the Java object gets the subclass's prototype.
        .append("if (new.target !== ").append(className).append(") h.setPrototypeOf(r, new.target.prototype);\n")
        .append("return r;\n}\n");
  }

  private void writeMethod(int index, Member member) {
    js.append(member.kind == Member.Kind.STATIC_METHOD ? "static " : "")
        .append(JsNames.literal(member.jsName)).append('(').append(paramList(member)).append(") {\n");
    if (member.hasReceiver()) {
      writeReceiverCheck(member);
    }
    writeArityCheck(member);
    writeArgumentChecks(index, member);
    writeCallAndReturn(index, member);
    js.append("}\n");
  }

  private void writeArityCheck(Member member) {
    js.append("if (arguments.length !== ").append(member.params.length).append(") throw arity(")
        .append(JsNames.literal(member.where)).append(", ").append(member.params.length).append(", arguments.length);\n");
  }

  private void writeGetter(int index, Member member) {
    js.append("get ").append(JsNames.literal(member.jsName)).append("() {\n");
    writeReceiverCheck(member);
    writeCallAndReturn(index, member);
    js.append("}\n");
  }

  private void writeSetter(int index, Member member) {
    js.append("set ").append(JsNames.literal(member.jsName)).append('(').append(paramList(member)).append(") {\n");
    writeReceiverCheck(member);
    writeArgumentChecks(index, member);
    writeCallAndReturn(index, member);
    js.append("}\n");
  }

  private void writeReadOnlySetter(Member getter) {
    js.append("set ").append(JsNames.literal(getter.jsName)).append("(v) { throw typeError(")
        .append(JsNames.literal(getter.where + " is read-only")).append("); }\n");
  }

  private void writeReceiverCheck(Member member) {
    js.append("var id = brands.get(this);\nif (id === undefined) throw illegal(")
        .append(JsNames.literal(member.where)).append(");\n");
  }

  /** Checks each parameter; a failing check throws, a passing one leaves the value for Java in {@code vN}. */
  private void writeArgumentChecks(int index, Member member) {
    JsParam[] params = member.params;
    for (int p = 0; p < params.length; p++) {
      JsType type = params[p].type();
      String a = "a" + p;
      String v = "v" + p;
      String subject = member.kind == Member.Kind.SETTER
          ? member.where + ": the value"
          : member.where + ": argument " + (p + 1) + " (" + params[p].name() + ")";
      String fail = "throw badArg(" + JsNames.literal(subject)
          + ", " + JsNames.literal(type.description()) + ", " + a + ", " + rangeKind(type) + ");\n";
      String nullable = type.nullable() ? a + " !== null && " : "";
      switch (type.kind()) {
        case OBJECT:
          js.append("var ").append(v).append(" = brands.get(").append(a).append(");\n")
              .append("if (").append(v).append(" === undefined) ").append(fail);
          break;
        case ENUM:
          js.append("var ").append(v).append(" = ").append(a).append(" === null ? -1 : typeof ").append(a)
              .append(" === 'string' ? e").append(index).append('_').append(p).append('[').append(a).append("] : undefined;\n")
              .append("if (").append(v).append(" === undefined) ").append(fail);
          break;
        default:
          js.append("if (").append(nullable).append('(').append(reject(type.kind(), a)).append(")) ").append(fail)
              .append("var ").append(v).append(" = ").append(a).append(";\n");
          break;
      }
    }
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

  private void writeCallAndReturn(int index, Member member) {
    writeTransfer(member);
    String call = "m" + index + "()";
    switch (member.returns.kind()) {
      case VOID:
        js.append("if (").append(call).append(" === FAILED) throw fail();\n");
        break;
      case OBJECT:
        js.append("var r = ").append(call).append(";\nif (r === FAILED) throw fail();\n")
            .append("return r === null ? null : adopt(r);\n");
        break;
      default:
        js.append("var r = ").append(call).append(";\nif (r === FAILED) throw fail();\n")
            .append("return r;\n");
        break;
    }
  }

  /** Puts the checked receiver id and arguments where Java reads them (see {@link ArgumentSlots}). */
  private void writeTransfer(Member member) {
    if (member.hasReceiver()) {
      js.append("F[").append(ArgumentSlots.RECEIVER).append("] = id;\n");
    }
    for (int p = 0; p < member.params.length; p++) {
      JsType type = member.params[p].type();
      boolean inFrame = ArgumentSlots.inFrame(type);
      js.append(inFrame ? "F[" : "S[").append(ArgumentSlots.of(p)).append("] = ")
          .append(inFrame && type.kind() == JsType.Kind.BOOLEAN ? "v" + p + " ? 1 : 0" : "v" + p).append(";\n");
    }
  }

  private void declareEnumMaps(int index, Member member) {
    for (int p = 0; p < member.params.length; p++) {
      JsType type = member.params[p].type();
      if (type instanceof JsEnum) {
        JsEnum<?> enumType = (JsEnum<?>) type;
        // A prototype-less map, so "toString" or "__proto__" are not accidentally constants.
        js.append("var e").append(index).append('_').append(p).append(" = h.create(null);\n");
        for (int ordinal = 0; ordinal < enumType.size(); ordinal++) {
          js.append('e').append(index).append('_').append(p).append('[')
              .append(JsNames.literal(enumType.constant(ordinal).name())).append("] = ").append(ordinal).append(";\n");
        }
      }
    }
  }

  private static String paramList(Member member) {
    StringBuilder out = new StringBuilder();
    for (int p = 0; p < member.params.length; p++) {
      out.append(p == 0 ? "" : ", ").append('a').append(p);
    }
    return out.toString();
  }

  private int indexOf(Member.Kind kind) {
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).kind == kind) {
        return i;
      }
    }
    return -1;
  }

  private boolean hasSetter(String jsName) {
    for (Member member : members) {
      if (member.kind == Member.Kind.SETTER && member.jsName.equals(jsName)) {
        return true;
      }
    }
    return false;
  }
}
