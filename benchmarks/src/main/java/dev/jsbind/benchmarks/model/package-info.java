/**
 * The Java side of the workloads, shared by every system: jsbind exposes these classes through
 * the processor; the other systems reach the same objects through their own binding mechanism.
 */
package dev.jsbind.benchmarks.model;
