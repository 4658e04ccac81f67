package dev.jsbind.processor;

import java.util.Optional;

/**
 * The Java side of an exposed class or member, for the writers that describe it rather than call
 * it: its signature as the exposure report lists it ({@code int com.example.Counter.add(int)},
 * types as seen from the exposed class, no parameter names), and its Javadoc, if any (only
 * classes compiled from source have one).
 */
record JavaMember(String signature, Optional<String> doc) {}
