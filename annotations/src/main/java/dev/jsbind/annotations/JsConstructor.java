package dev.jsbind.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a constructor that JavaScript {@code new} calls. Without it, every public constructor not
 * marked {@link JsIgnore} is; once one constructor is marked, only the marked ones are. Several
 * constructors are one overloaded JavaScript constructor, chosen by the number of arguments and
 * then by the kind of value at one position, as overloaded methods are.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.CONSTRUCTOR)
public @interface JsConstructor {}
