package io.pagewright.decision;

import java.util.Objects;

/**
 * One eligible candidate as a strategy sees it: its score (higher is better, strategy-specific
 * scale), the exact probability that the strategy chooses it, and a reason a person can read.
 */
public record Weighted(PublishedVariant variant, double score, double probability, String reason) {

    public Weighted {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(reason, "reason");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1]: " + probability);
        }
    }
}
