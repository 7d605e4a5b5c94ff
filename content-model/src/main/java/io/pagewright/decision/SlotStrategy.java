package io.pagewright.decision;

/** How a slot chooses among its candidates. Implementations are selected by their stable id. */
public interface SlotStrategy {

    /** The stable id used in configuration and recorded on every decision. */
    String id();

    SlotChoice choose(PublishedSlot slot, Visitor visitor);
}
