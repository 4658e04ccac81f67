/**
 * Annotations read by the jsbind annotation processor. They are retained in class files (so
 * incremental builds see them) but never read at run time.
 */
package dev.jsbind.annotations;
