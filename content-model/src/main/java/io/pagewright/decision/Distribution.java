package io.pagewright.decision;

import java.util.List;
import java.util.Objects;

/**
 * A strategy's answer for one slot: every eligible candidate with the exact probability of being
 * chosen. The probabilities sum to one, so the probability logged with a decision is valid for
 * offline evaluation.
 */
public record Distribution(List<Weighted> entries) {

    private static final double TOLERANCE = 1e-9;

    public Distribution {
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a distribution needs at least one candidate");
        }
        double sum = entries.stream().mapToDouble(Weighted::probability).sum();
        if (Math.abs(sum - 1.0) > TOLERANCE) {
            throw new IllegalArgumentException("probabilities must sum to 1, not " + sum);
        }
    }

    /**
     * The candidate at {@code u} on the cumulative distribution, in list order; {@code u} is
     * uniform in [0, 1). Candidates with probability zero are never returned.
     */
    public Weighted sample(double u) {
        if (!(u >= 0 && u < 1)) {
            throw new IllegalArgumentException("u must be in [0, 1): " + u);
        }
        double cumulative = 0;
        Weighted last = null;
        for (Weighted entry : entries) {
            if (entry.probability() == 0) {
                continue;
            }
            cumulative += entry.probability();
            last = entry;
            if (u < cumulative) {
                return entry;
            }
        }
        return last; // rounding left u just above the total
    }

    /** The candidate with the highest probability; the earliest one on ties. */
    public Weighted mostLikely() {
        Weighted best = entries.getFirst();
        for (Weighted entry : entries) {
            if (entry.probability() > best.probability()) {
                best = entry;
            }
        }
        return best;
    }

    public double probabilityOf(String variantKey) {
        return entries.stream()
                .filter(e -> e.variant().key().equals(variantKey))
                .mapToDouble(Weighted::probability)
                .sum();
    }
}
