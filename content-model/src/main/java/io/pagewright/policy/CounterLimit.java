package io.pagewright.policy;

import java.util.List;
import java.util.Objects;

/**
 * A session or time limit that applied to a page: the sum of {@code counters} in {@code window}
 * must stay at most {@code max}. Reported with the page so that the server can record its
 * impressions with an atomic check.
 */
public record CounterLimit(String ruleId, List<Counter> counters, Window window, int max) {

    public CounterLimit {
        Objects.requireNonNull(ruleId, "ruleId");
        counters = List.copyOf(counters);
        Objects.requireNonNull(window, "window");
        if (max < 0) {
            throw new IllegalArgumentException("max must be 0 or more: " + max);
        }
    }
}
