package io.pagewright.decision.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pagewright.catalog.PageRails;
import io.pagewright.decision.Resolution;
import io.pagewright.decision.SlotDecision;
import io.pagewright.policy.GuardedPage;
import io.pagewright.policy.PolicyVersion;
import io.pagewright.policy.Removal;
import io.pagewright.policy.SlotExplanation;
import java.util.List;
import java.util.UUID;

/**
 * The assembled page as frontends get it: one decision per slot, the policy versions it was
 * assembled under, whether the visitor got personalization (false without consent or in the
 * holdout), whether they are in the surface's holdout, why a failed dependency made the answer less
 * than the best one ({@code fallbackReason}, absent normally), the slots left out because even
 * their default broke a rule, and with {@code explain=true} why each slot shows what it shows (for
 * a recommendation rail also its strategy, the excluded categories and the items left out).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResolveResponse(
        UUID pageDecisionId,
        String surface,
        String channel,
        String visitorId,
        List<SlotDecision> slots,
        List<PolicyVersion> policies,
        boolean personalized,
        boolean holdout,
        String fallbackReason,
        List<String> omittedSlots,
        List<Explanation> explanations) {

    static ResolveResponse of(Resolution resolution, boolean explain) {
        GuardedPage guarded = resolution.guarded();
        return new ResolveResponse(
                guarded.page().pageDecisionId(),
                guarded.page().surface(),
                guarded.page().channel(),
                guarded.page().visitorId(),
                guarded.page().slots(),
                resolution.policies(),
                guarded.personalized() && !resolution.holdout(),
                resolution.holdout(),
                resolution.fallbackReason(),
                guarded.omittedSlots(),
                explain
                        ? guarded.explanations().stream()
                                .map(e -> Explanation.of(e, resolution.rails().get(e.slot())))
                                .toList()
                        : null);
    }

    /** Why one slot shows what it shows: candidates, removals by rule, the eligible set. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Explanation(
            String slot,
            UUID decisionId,
            List<String> candidates,
            List<Removal> removals,
            List<Eligible> eligible,
            String served,
            PageRails.Rail rail) {

        static Explanation of(SlotExplanation e, PageRails.Rail rail) {
            return new Explanation(
                    e.slot(),
                    e.decisionId(),
                    e.candidates(),
                    e.removals(),
                    e.distribution()
                            .map(d ->
                                    d.entries().stream()
                                            .map(w ->
                                                    new Eligible(
                                                            w.variant().key(),
                                                            w.probability(),
                                                            w.reason()))
                                            .toList())
                            .orElse(List.of()),
                    e.served().orElse(null),
                    rail);
        }
    }

    /** A variant of the final eligible set with the probability the strategy gave it. */
    public record Eligible(String variant, double probability, String reason) {}
}
