package io.pagewright.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a draft policy would change against the current one over the same visitors, surface,
 * strategy and randomness: how many slot decisions and pages differ, how often each rule bites
 * (removes at least one candidate of a slot) under each policy, and examples of changed decisions.
 */
public record DryRunReport(
        PolicyVersion current,
        PolicyVersion draft,
        int pages,
        int decisions,
        int changedDecisions,
        int changedPages,
        List<RuleActivity> rules,
        List<Change> examples) {

    /** How many slot decisions a rule removed candidates from, under each policy. */
    public record RuleActivity(String ruleId, int bitesUnderCurrent, int bitesUnderDraft) {}

    /** One slot decision that differs; empty when the slot is left out of the page. */
    public record Change(
            String visitorId, String slot, Optional<String> current, Optional<String> draft) {}

    public DryRunReport {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(draft, "draft");
        rules = List.copyOf(rules);
        examples = List.copyOf(examples);
    }
}
