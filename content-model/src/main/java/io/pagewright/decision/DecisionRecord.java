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
 * @param surfaceVersion the published version of the surface the page was assembled from
 * @param visitor the visitor's attributes as the strategies saw them (derived from the profile and
 *     the request, after data residency), so a decision can be replayed
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
        List<Slot> slots,
        Long surfaceVersion,
        Map<String, Object> visitor) {

    /**
     * One slot's decision.
     *
     * @param exploration whether a learning strategy served another candidate than its leader
     * @param modelVersion the version of the slot's model the decision was made with (learning
     *     strategies), else null
     * @param features the hashed feature indices of the chosen candidate as the model encoded them,
     *     so its outcome can be learned from later; empty for other strategies
     * @param segmentCell the model's segment cell of the chosen candidate, or -1
     * @param escalation why the learning strategy served the slot's default instead of deciding
     *     (low confidence for the segment, or people's decision to keep the default), else null
     * @param items the ids of the catalog items a recommendation rail showed, in order; empty for
     *     other slots
     */
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
            List<Removal> removed,
            List<Integer> features,
            int segmentCell,
            String escalation,
            List<String> items) {

        public Slot {
            Objects.requireNonNull(decisionId, "decisionId");
            Objects.requireNonNull(slot, "slot");
            Objects.requireNonNull(variant, "variant");
            eligible = List.copyOf(eligible);
            removed = List.copyOf(removed);
            features = features == null ? List.of() : List.copyOf(features);
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /**
     * {@code slot=variant} for every slot of the page: what the page served, in one indexed field
     * so that the log can count variants per slot. Derived, written but never read back.
     */
    @com.fasterxml.jackson.annotation.JsonProperty(
            value = "served",
            access = com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY)
    public List<String> served() {
        return slots.stream().map(s -> s.slot() + "=" + s.variant()).toList();
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
        visitor =
                visitor == null
                        ? Map.of()
                        : java.util.Collections.unmodifiableMap(
                                new java.util.LinkedHashMap<>(visitor));
    }
}
