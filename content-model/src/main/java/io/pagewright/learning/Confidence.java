package io.pagewright.learning;

import java.util.List;
import java.util.Objects;

/**
 * How sure the model is about one decision, with the evidence an escalation item shows a person.
 *
 * @param variant the candidate assessed (usually the one chosen)
 * @param expectedReward the model's mean reward for it, on the objective's scale
 * @param width the posterior standard deviation of that mean: how much it could still be off
 * @param segmentObservations outcomes seen for this candidate in the visitor's segment (intent ×
 *     lifecycle stage), discounted by the model's half-life
 * @param margin expected reward of the best candidate minus that of the second best
 * @param low whether the escalation rule calls this low confidence
 * @param reasons why it is low, one line each; empty when it is not
 */
public record Confidence(
        String variant,
        double expectedReward,
        double width,
        double segmentObservations,
        double margin,
        boolean low,
        List<String> reasons) {

    public Confidence {
        Objects.requireNonNull(variant, "variant");
        reasons = List.copyOf(reasons);
        if (low == reasons.isEmpty()) {
            throw new IllegalArgumentException("low confidence needs reasons, and only it");
        }
    }
}
