package io.pagewright.profile;

import java.time.Instant;

/** Min and max of optional instants, null standing for "never": commutative and associative. */
final class Instants {
    private Instants() {}

    static Instant earlier(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isBefore(b) ? a : b;
    }

    static Instant later(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isAfter(b) ? a : b;
    }
}
