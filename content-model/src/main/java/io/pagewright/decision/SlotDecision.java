package io.pagewright.decision;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** One choice for one slot on one request, with what a frontend renders and why it was chosen. */
public record SlotDecision(
        UUID decisionId,
        String slot,
        String variant,
        String componentType,
        Map<String, Object> content,
        String strategy,
        double probability,
        boolean isDefault,
        String reason) {

    public SlotDecision {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(variant, "variant");
        content = Collections.unmodifiableMap(new LinkedHashMap<>(content));
    }
}
