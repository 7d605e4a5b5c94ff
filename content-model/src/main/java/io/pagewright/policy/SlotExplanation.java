package io.pagewright.policy;

import io.pagewright.decision.Distribution;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Why a slot shows what it shows: every candidate, every removal by a rule, the strategy's
 * distribution over the final eligible set (whose probabilities are the ones logged), and the
 * variant served. A slot with nothing served was left out of the page because every candidate, its
 * default included, would have broken a rule.
 */
public record SlotExplanation(
        String slot,
        UUID decisionId,
        List<String> candidates,
        List<Removal> removals,
        Optional<Distribution> distribution,
        Optional<String> served) {

    public SlotExplanation {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(decisionId, "decisionId");
        candidates = List.copyOf(candidates);
        removals = List.copyOf(removals);
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(served, "served");
    }

    /** The keys of the candidates left after every rule, in slot order. */
    public List<String> eligible() {
        return distribution
                .map(d -> d.entries().stream().map(w -> w.variant().key()).toList())
                .orElse(List.of());
    }
}
