package io.pagewright.learning;

import java.util.Objects;

/**
 * One logged decision with its outcome, as the model learns from it: the features of the candidate
 * that was chosen (as encoded at decision time), the probability the strategy gave it, and what
 * followed.
 */
public record Observation(FeatureVector features, double probability, Outcome outcome) {

    public Observation {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(outcome, "outcome");
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException(
                    "a chosen candidate's probability must be in (0, 1]: " + probability);
        }
    }
}
