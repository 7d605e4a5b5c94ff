package io.pagewright.policy;

import io.pagewright.decision.AssembledPage;
import java.util.List;
import java.util.Objects;

/**
 * A page assembled under a policy: the page decision to render and log, the policy version it was
 * made under, an explanation per slot (in page order, omitted slots included), the keys of slots
 * left out because even their default broke a rule, whether the visitor got personalization, the
 * objective the learner should credit, and the impressions to record with the limits they must stay
 * within.
 */
public record GuardedPage(
        AssembledPage page,
        PolicyVersion policy,
        List<SlotExplanation> explanations,
        List<String> omittedSlots,
        boolean personalized,
        Objective objective,
        List<Counter> impressions,
        List<CounterLimit> limits) {

    public GuardedPage {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(policy, "policy");
        explanations = List.copyOf(explanations);
        omittedSlots = List.copyOf(omittedSlots);
        Objects.requireNonNull(objective, "objective");
        impressions = List.copyOf(impressions);
        limits = List.copyOf(limits);
    }
}
