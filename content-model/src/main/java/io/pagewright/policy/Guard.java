package io.pagewright.policy;

import io.pagewright.decision.PublishedSlot;
import io.pagewright.decision.PublishedVariant;
import java.util.List;
import java.util.Optional;

/**
 * A rule compiled for enforcement. Each kind is applied differently by the assembler: masks and
 * consent before anything else, limits and exclusivity from the page's running state, companions
 * last because they look ahead at the slots still to come.
 */
sealed interface Guard {

    Rule rule();

    Segment segment();

    /** Which variants of a slot a guard is about. */
    @FunctionalInterface
    interface VariantTest {
        boolean test(PublishedSlot slot, PublishedVariant variant);
    }

    /** Removes the variants it matches wherever it applies: discount caps and exclusions. */
    record Mask(Rule rule, Segment segment, String reason, VariantTest matches) implements Guard {}

    /** Where it applies (visitors without consent), every slot serves its default. */
    record Consent(Rule rule, Segment segment, String reason) implements Guard {}

    /**
     * At most {@code max} variants that {@code counts} on the page, plus, when {@code tracked} is
     * present, the impressions already in the visitor's history for its counters and window.
     */
    record Limit(
            Rule rule,
            Segment segment,
            String reason,
            VariantTest counts,
            int max,
            Optional<CounterLimit> tracked)
            implements Guard {}

    /** At most one of {@code offerTypes} per page; {@code reasons} per type already on the page. */
    record Exclusive(Rule rule, Segment segment, List<String> offerTypes, List<String> reasons)
            implements Guard {}

    /** A page that shows a trigger shows a companion. */
    record Companion(Rule rule, Segment segment, VariantSelector trigger, VariantSelector companion)
            implements Guard {

        String noLaterHost() {
            return "needs a companion (rule " + rule.id() + ") that no later slot can show";
        }

        String lastHost() {
            return "the page needs a companion (rule "
                    + rule.id()
                    + ") and this is the last slot that can show one";
        }

        String abandoned() {
            return "no companion (rule " + rule.id() + ") could be placed on this page";
        }
    }

    /** The order of enforcement: masks, then the page's running state, then look-ahead. */
    default int stage() {
        return switch (this) {
            case Consent c -> 0;
            case Mask m -> 1;
            case Limit l -> 2;
            case Exclusive e -> 3;
            case Companion c -> 4;
        };
    }
}
