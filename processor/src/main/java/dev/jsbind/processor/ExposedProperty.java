package dev.jsbind.processor;

import java.util.Optional;

/** An accessor property; without a setter it is read-only. */
record ExposedProperty(String jsName, JsTypeRef type, Access getter, Optional<Access> setter) {

  /** How a property is read or written in Java: a field, or a getter/setter method. */
  record Access(Via via, String javaName, JavaMember java) {}

  enum Via {
    FIELD,
    METHOD
  }

  /** The property's documentation: the getter's (or field's), else the setter's. */
  Optional<String> doc() {
    return getter.java().doc().or(() -> setter.flatMap(s -> s.java().doc()));
  }
}
