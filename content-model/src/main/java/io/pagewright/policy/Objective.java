package io.pagewright.policy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the learner should optimize for a visitor: outcome weights that sum to one, and the
 * objective rule they come from (empty: no rule matched, so the default, conversion, applies).
 */
public record Objective(Optional<String> ruleId, Map<Outcome, Double> weights) {

    public static final Objective DEFAULT =
            new Objective(Optional.empty(), Map.of(Outcome.CONVERSION, 1.0));

    public Objective {
        Objects.requireNonNull(ruleId, "ruleId");
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (!(sum > 0) || weights.values().stream().anyMatch(w -> !(w >= 0))) {
            throw new IllegalArgumentException(
                    "weights must be non-negative with a positive sum: " + weights);
        }
        Map<Outcome, Double> normalized = new EnumMap<>(Outcome.class);
        weights.forEach((outcome, weight) -> normalized.put(outcome, weight / sum));
        weights = Collections.unmodifiableMap(normalized);
    }

    /** The weight of {@code outcome}, 0 when the objective ignores it. */
    public double weightOf(Outcome outcome) {
        return weights.getOrDefault(outcome, 0.0);
    }
}
