package io.pagewright.learning;

import java.util.ArrayList;
import java.util.List;

/**
 * When a decision is "low confidence", so the server serves the slot's safe default and opens an
 * escalation item: the chosen candidate's posterior width is above {@code maxWidth}, or fewer than
 * {@code minObservations} outcomes back it in the visitor's segment, or the best candidate leads
 * the second by less than {@code minMargin}. A threshold of 0 (or an infinite width) disables its
 * test.
 */
public record EscalationRule(double maxWidth, double minObservations, double minMargin) {

    public EscalationRule {
        if (!(maxWidth > 0)) {
            throw new IllegalArgumentException("maxWidth must be > 0");
        }
        if (!(minObservations >= 0) || !(minMargin >= 0)) {
            throw new IllegalArgumentException("minObservations and minMargin must be >= 0");
        }
    }

    Confidence assess(
            String variant, double mean, double width, double observations, double margin) {
        List<String> reasons = new ArrayList<>(3);
        if (width > maxWidth) {
            reasons.add(
                    String.format("posterior width %.4f is above the limit %.4f", width, maxWidth));
        }
        if (observations < minObservations) {
            reasons.add(
                    String.format(
                            "%.1f outcomes in this segment, fewer than the %.0f required",
                            observations, minObservations));
        }
        if (margin < minMargin) {
            reasons.add(
                    String.format(
                            "best leads second by %.4f, less than the margin %.4f",
                            margin, minMargin));
        }
        return new Confidence(
                variant, mean, width, observations, margin, !reasons.isEmpty(), reasons);
    }
}
