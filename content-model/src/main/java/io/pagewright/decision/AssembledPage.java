package io.pagewright.decision;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The page decision: every slot of one resolve, in page order, under one id. */
public record AssembledPage(
        UUID pageDecisionId,
        String surface,
        String channel,
        String visitorId,
        List<SlotDecision> slots) {

    public AssembledPage {
        Objects.requireNonNull(pageDecisionId, "pageDecisionId");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(visitorId, "visitorId");
        slots = List.copyOf(slots);
    }
}
