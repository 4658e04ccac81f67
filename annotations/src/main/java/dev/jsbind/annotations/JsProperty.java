package dev.jsbind.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a JavaScript accessor property.
 *
 * <p>On a getter ({@code getX()} or, for {@code boolean}, {@code isX()}) it defines property
 * {@code x}; annotate the matching {@code setX(value)} as well to make the property writable,
 * otherwise it is read-only. On a public field it makes the field a property (the default for
 * public fields), which is read-only when the field is {@code final}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface JsProperty {
  /**
   * The JavaScript property name.
   *
   * @return the name, or {@code ""} (the default) for the name derived from the accessor or field
   */
  String name() default "";
}
