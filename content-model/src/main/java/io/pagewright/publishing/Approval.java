package io.pagewright.publishing;

import java.time.Instant;
import java.util.Objects;

/** One person's yes on a version; {@code strategyOwner} when they approved as a strategy owner. */
public record Approval(String approver, boolean strategyOwner, Instant at, String comment) {
    public Approval {
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(at, "at");
    }
}
