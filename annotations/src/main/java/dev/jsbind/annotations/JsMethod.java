package dev.jsbind.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Exposes a public method, optionally under another JavaScript name (for example to tell overloads apart). */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface JsMethod {
  /**
   * The JavaScript name of the method.
   *
   * @return the name, or {@code ""} (the default) for the Java method name
   */
  String name() default "";
}
