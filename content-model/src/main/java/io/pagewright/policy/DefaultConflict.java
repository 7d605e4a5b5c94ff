package io.pagewright.policy;

import java.util.Objects;

/**
 * A slot default that a rule can make ineligible, found when a surface is published: the slot would
 * then be left out of the page. {@link Certainty} says when it happens.
 */
public record DefaultConflict(
        String slot, String variant, String ruleId, Certainty certainty, String message) {

    /** When the default breaks the rule. */
    public enum Certainty {
        /** On every request of the rule's segment: a configuration error, fix before publishing. */
        SEGMENT,
        /** Once the visitor's history reaches a session or time limit. */
        HISTORY,
        /**
         * When other slots show something, e.g. in the default experience of a visitor without
         * consent.
         */
        PAGE
    }

    public DefaultConflict {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(message, "message");
    }
}
