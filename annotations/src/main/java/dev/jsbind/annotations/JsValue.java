package dev.jsbind.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a class cross the JavaScript boundary by copy, as a plain JavaScript object with one
 * property per component, wherever it is a parameter, result, property, element or component
 * type of an {@code @JsExposed} class. Unlike an {@code @JsExposed} object, JavaScript gets a
 * copy: changing the object changes nothing in Java, and the other way round.
 *
 * <p>The components are:
 * <ul>
 *   <li>for a record, its record components (built with the canonical constructor);
 *   <li>for a class, its public non-static fields, in declaration order (inherited fields do not
 *       count). It is built with the public constructor whose parameter types are those of the
 *       fields, in the same order, or else with a public no-argument constructor followed by an
 *       assignment to each field (the fields must then not be final).
 * </ul>
 * Each component's type must be one that can cross (primitives, their boxes, String, enums,
 * {@code @JsExposed} classes, arrays, {@code List}, {@code Set}, {@code Map} with {@code String}
 * or enum keys, {@code Optional} (and {@code OptionalInt}…), other {@code @JsValue} classes).
 * {@code @JsNullable} on a component lets it be {@code null}. The class must be public (and static, if
 * nested), not abstract and not generic.
 *
 * <p>From JavaScript, a component is read as an ordinary property (so getters and inherited
 * properties count); a missing one is a {@code TypeError} naming it, unless its type is an
 * {@code Optional}, which is then empty. Other properties are ignored. To JavaScript, an empty
 * {@code Optional} component is left out.
 *
 * <p>The TypeScript declarations describe it as an {@code interface} of the same simple name, which
 * must not be the name of another value class or exposed class of the same API.
 * Records need Java 16 or later; on Android they also need a build that desugars records.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface JsValue {}
