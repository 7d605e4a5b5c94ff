package io.pagewright.policy;

import java.util.Objects;

/** A candidate a rule made ineligible for a slot, with the rule's id and a reason to read. */
public record Removal(String variant, String ruleId, String reason) {

    public Removal {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reason, "reason");
    }
}
