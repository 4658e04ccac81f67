package dev.jsbind.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets JavaScript omit this parameter (or pass {@code undefined}); Java then gets {@code null}.
 * Only trailing parameters (before a varargs one, if any) may be optional, and only those of a
 * reference type: use a box ({@code Integer}) rather than a primitive.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface JsOptional {}
