package dev.jsbind.processor;

import java.util.Locale;

/**
 * Every error the processor reports. Keys are stable (users search for them and tests assert on
 * them), so rename a constant freely but never its key.
 */
enum Message {
  CLASS_NOT_PUBLIC("class-not-public",
      "%s is not public, so the generated binding and the runtime cannot reach %s. Make %s public."),
  INNER_CLASS("inner-class",
      "%s is an inner (non-static) class; JavaScript cannot create or pass it without an enclosing"
          + " instance. Make it static."),
  NOT_A_CLASS("not-a-class",
      "@JsExposed applies to classes and interfaces only, but %s is %s. Expose a class instead (for"
          + " example one that wraps it), or remove @JsExposed."),
  MEMBER_NOT_PUBLIC("member-not-public",
      "%s is annotated with %s but is not public, so JavaScript could never reach it. Make it public"
          + " or remove the annotation."),
  UNSUPPORTED_TYPE("unsupported-type",
      "%s has type %s, which cannot cross to JavaScript: %s. Supported types: boolean, byte, short,"
          + " int, long, float, double, char, their boxes, String, public enums and public @JsExposed"
          + " classes (and void as a return type); copied by value: arrays, List, Set, Map<String, V>"
          + " and Optional of supported types, and public @JsValue classes; @FunctionalInterface"
          + " interfaces, CompletableFuture and CompletionStage, and Iterable and Iterator as results."
          + " Change the type, or add @JsIgnore to leave the member out."),
  INVALID_VALUE("invalid-value",
      "%s is annotated with @JsValue, but %s. %s"),
  DUPLICATE_VALUE_NAME("duplicate-value-name",
      "%s is declared in jsbind.d.ts as interface '%s', and so is %s; TypeScript would merge the two"
          + " declarations into one. Rename one of the classes."),
  VALUE_NOT_CONSTRUCTIBLE("value-not-constructible",
      "%s is annotated with @JsValue, but copies from JavaScript cannot be built: it has no public"
          + " constructor taking its public fields' types in declaration order %s, and %s. %s"),
  DUPLICATE_NAME("duplicate-name",
      "%s and %s both have the JavaScript name '%s' %s, where names must be unique (only methods"
          + " can share a name, as overloads). Rename one with %s."),
  AMBIGUOUS_OVERLOAD("ambiguous-overload",
      "%s and %s are overloads of the JavaScript %s, but JavaScript cannot tell them apart: %s. %s"),
  RAW_TYPE("raw-type",
      "%s has the raw type %s, so what JavaScript passes or gets cannot be checked. %s"),
  UNBOUNDED_WILDCARD("unbounded-wildcard",
      "%s has type %s, whose unbounded wildcard '?' says nothing about the values that cross to"
          + " JavaScript. Use a concrete type argument or a bounded wildcard (? extends T, ? super T)."),
  GENERIC_FUNCTION_METHOD("generic-function-method",
      "%s has type %s, whose method %s is generic (%s), so a JavaScript function cannot implement it."
          + " Use a functional interface whose method has no type parameters."),
  NOT_FUNCTIONAL("not-functional",
      "%s has type %s, an interface with one abstract method but no @FunctionalInterface. Annotate %s"
          + " with @FunctionalInterface to let JavaScript pass and receive functions for it, or with"
          + " @JsExposed to pass objects."),
  NULLABLE_PRIMITIVE("nullable-primitive",
      "%s is annotated with %s, but its type %s can never be null. %s"),
  INVALID_OPTIONAL("invalid-optional",
      "%s is annotated with @JsOptional, but %s. %s"),
  NOT_AN_ACCESSOR("not-an-accessor",
      "%s is annotated with @JsProperty but %s. %s"),
  SETTER_WITHOUT_GETTER("setter-without-getter",
      "%s is a @JsProperty setter of property '%s', which has no getter (write-only properties are"
          + " not supported). Annotate the matching getter with @JsProperty, or remove @JsProperty"
          + " from the setter."),
  PROPERTY_TYPE_MISMATCH("property-type-mismatch",
      "%s takes %s, but property '%s' has type %s (from %s). Make the setter's parameter type the"
          + " same as the getter's return type."),
  TYPE_VARIABLE("type-variable",
      "%s uses type variables (%s), but JavaScript values carry no Java type arguments. %s"),
  INVALID_NAME("invalid-name",
      "%s would have the JavaScript name '%s', which %s. %s"),
  CONFLICTING_ANNOTATIONS("conflicting-annotations",
      "%s is annotated with both %s and %s, which contradict each other. Remove one of them."),
  NOT_EXPOSED("not-exposed",
      "%s is annotated with %s, but %s is not annotated with @JsExposed, so the annotation has no"
          + " effect. Add @JsExposed to %s, or remove the annotation."),
  ABSTRACT_CONSTRUCTOR("abstract-constructor",
      "%s is annotated with @JsConstructor, but %s is abstract, so JavaScript cannot instantiate it."
          + " Remove @JsConstructor (a subclass can be exposed with its own constructor)."),
  RUNTIME_MISSING("runtime-missing",
      "%s gets no binding: bindings extend %s, which is not on the compile classpath. Add the"
          + " dependency dev.jsbind:jsbind-runtime to this module (the generated code needs it to"
          + " compile, and the application to run). No binding is generated until then."),
  DUPLICATE_CLASS_NAME("duplicate-class-name",
      "%s has the JavaScript name '%s', and so has %s. Installed in one runtime, one global would"
          + " replace the other, and jsbind.d.ts cannot declare both. Rename one with"
          + " @JsExposed(name = \"...\")."),
  EXPOSURE_CHANGED("exposure-changed",
      "The JavaScript API of %s is not the one reviewed in the exposure baseline %s"
          + " ('-' reviewed, '+' now):%n%s%nIf the change is intended, accept it: copy this"
          + " compilation's report, %s, over the baseline and commit it with the change."),
  EXPOSURE_BASELINE_UNREADABLE("exposure-baseline-unreadable",
      "Cannot read the exposure baseline %s (%s). To start reviewing the JavaScript API, copy this"
          + " compilation's report, %s, to that path and commit it; or correct -A%s."),
  INVALID_OPTION("invalid-option",
      "-A%s=%s is not usable: %s. %s"),
  OUTPUT_FAILED("output-failed",
      "Could not write %s: %s. %s"),
  INTERNAL_ERROR("internal-error",
      "jsbind failed unexpectedly while processing %s. This is a bug in jsbind; please report it"
          + " with this stack trace:%n%s");

  private final String key;
  private final String template;

  Message(String key, String template) {
    this.key = key;
    this.template = template;
  }

  String key() {
    return key;
  }

  /** The text javac prints: the key first, so a message can be searched for and grepped. */
  String format(Object... args) {
    return "[jsbind." + key + "] " + String.format(Locale.ROOT, template, args);
  }
}
