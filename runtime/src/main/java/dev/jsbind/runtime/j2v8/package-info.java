/**
 * The J2V8 engine behind {@link dev.jsbind.runtime.JsRuntime}: the only package that uses J2V8.
 * Read {@code shared/docs/j2v8-facts.md} before changing it: several innocent-looking J2V8 calls
 * can crash the JVM.
 */
package dev.jsbind.runtime.j2v8;
