package io.pagewright.decision;

import java.util.List;
import java.util.Objects;

/**
 * What a strategy decides on: a slot, its eligible candidates for this request, and the visitor.
 */
public record SlotRequest(PublishedSlot slot, List<PublishedVariant> eligible, Visitor visitor) {

    public SlotRequest {
        Objects.requireNonNull(slot, "slot");
        eligible = List.copyOf(eligible);
        Objects.requireNonNull(visitor, "visitor");
        if (eligible.isEmpty()) {
            throw new IllegalArgumentException("slot " + slot.key() + " has no eligible candidate");
        }
    }
}
