package dev.jsbind.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a public class to JavaScript. The jsbind processor generates a binding for it that a
 * {@code JsRuntime} installs as a JavaScript constructor (a "template") once per runtime.
 *
 * <p>Without further annotations every public instance method becomes a prototype method, every
 * public static method a method of the constructor, and every public field a property
 * ({@code final} fields are read-only). Methods declared by {@link Object} other than
 * {@code toString()} are never exposed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface JsExposed {
  /**
   * The JavaScript name of the constructor.
   *
   * @return the name, or {@code ""} (the default) for the class's simple name
   */
  String name() default "";
}
