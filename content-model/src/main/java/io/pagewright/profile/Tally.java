package io.pagewright.profile;

import java.time.Instant;
import java.util.Objects;

/** How often something happened, and when first and last: sums and extremes, order-independent. */
public record Tally(long count, Instant first, Instant last) {

    public Tally {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (count < 1 || last.isBefore(first)) {
            throw new IllegalArgumentException("a tally counts at least once, first <= last");
        }
    }

    static Tally once(Instant at) {
        return new Tally(1, at, at);
    }

    /** Adds two tallies; null stands for "never". */
    static Tally plus(Tally a, Tally b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return new Tally(
                a.count + b.count,
                a.first.isBefore(b.first) ? a.first : b.first,
                a.last.isAfter(b.last) ? a.last : b.last);
    }
}
