package io.pagewright.decision;

/**
 * How a slot chooses among its eligible candidates. A strategy does not pick: it returns the exact
 * probability of each candidate, and the assembler draws from it with randomness seeded by the
 * decision id, so every decision can be replayed and its probability logged exactly.
 * Implementations are selected by their stable {@link #id()}.
 */
public interface SlotStrategy {

    /** The stable id used in configuration and recorded on every decision. */
    String id();

    Distribution distribute(SlotRequest request);

    /** The id recorded on a decision of {@code slot}: this strategy's, unless it delegates. */
    default String idFor(PublishedSlot slot) {
        return id();
    }
}
