package dev.jsbind.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets JavaScript pass {@code null} where an {@code @JsExposed} object is expected: on a parameter,
 * on a field (its setter), or on a {@code @JsProperty} getter or setter (the property's setter). By
 * default such parameters and properties reject {@code null} with a {@code TypeError}. Strings,
 * boxes and enums accept {@code null} anyway, and results may always be {@code null}, so on those
 * (and on a plain method) it only documents the intent. A primitive cannot be {@code null}: there
 * it is a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD, ElementType.FIELD})
public @interface JsNullable {}
