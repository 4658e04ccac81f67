package dev.jsbind.processor;

/**
 * A validated member with its JavaScript name, kept next to where it was declared so that name
 * clashes can be reported on the right element. {@code position} is the declaration order.
 */
record Named<T>(String jsName, Site site, int position, T model) {}
