package io.pagewright.decision;

import java.util.List;
import java.util.Objects;

/**
 * What a strategy chose for one slot, the probability it gave that choice within the candidates,
 * and a reason a person can read.
 */
public record SlotChoice(
        PublishedVariant variant, double probability, String reason, List<String> matchedTags) {

    public SlotChoice {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(reason, "reason");
        matchedTags = List.copyOf(matchedTags);
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability must be in [0, 1]: " + probability);
        }
    }
}
