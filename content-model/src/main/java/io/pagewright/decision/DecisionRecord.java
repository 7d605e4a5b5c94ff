package io.pagewright.decision;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What the decision log keeps of one resolve: the page decision and each slot's decision, with
 * enough context to audit it and to evaluate other strategies offline (the eligible set, the rules
 * that removed candidates, and the exact probability of the chosen variant).
 *
 * @param visitorHash a one-way hash of the visitor id: decisions can be grouped by visitor without
 *     storing who they are
 * @param context the request context the decision used (device, region, intent ...)
 * @param policyVersions the active policy version per policy key, empty without policies
 * @param fallbackReason why the engine served less than its best answer, or null
 * @param holdout whether the visitor is in the surface's holdout and got the control experience
 */
public record DecisionRecord(
        UUID pageDecisionId,
        Instant at,
        String surface,
        String channel,
        String visitorHash,
        Map<String, Object> context,
        Map<String, Long> policyVersions,
        String fallbackReason,
        long latencyMicros,
        boolean holdout,
        List<Slot> slots) {

    /** One slot's decision. */
    public record Slot(
            UUID decisionId,
            String slot,
            String variant,
            boolean isDefault,
            String strategy,
            double probability,
            boolean exploration,
            String modelVersion,
            List<String> eligible,
            List<Removal> removed) {

        public Slot {
            Objects.requireNonNull(decisionId, "decisionId");
            Objects.requireNonNull(slot, "slot");
            Objects.requireNonNull(variant, "variant");
            eligible = List.copyOf(eligible);
            removed = List.copyOf(removed);
        }
    }

    /** A candidate a rule took out of the eligible set. */
    public record Removal(String variant, String rule) {}

    public DecisionRecord {
        Objects.requireNonNull(pageDecisionId, "pageDecisionId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(surface, "surface");
        context = context == null ? Map.of() : Map.copyOf(context);
        policyVersions = policyVersions == null ? Map.of() : Map.copyOf(policyVersions);
        slots = List.copyOf(slots);
    }
}
