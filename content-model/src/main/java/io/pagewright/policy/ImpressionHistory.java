package io.pagewright.policy;

/**
 * What a visitor has already been shown, as the server counts it (per visitor, e.g. in Infinispan):
 * impressions per counter in the current session, day or week. The assembler only reads it; it
 * returns the impressions of the page it assembled ({@link GuardedPage#impressions()}) with the
 * limits they must stay within ({@link GuardedPage#limits()}), so the server can check and
 * increment atomically and re-assemble if another request got there first.
 */
@FunctionalInterface
public interface ImpressionHistory {

    /** Impressions counted toward {@code counter} in the visitor's current {@code window}. */
    int count(Counter counter, Window window);

    /** A visitor with no impressions yet. */
    static ImpressionHistory none() {
        return (counter, window) -> 0;
    }
}
