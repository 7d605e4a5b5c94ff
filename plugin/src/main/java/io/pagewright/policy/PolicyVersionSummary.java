package io.pagewright.policy;

import java.time.Instant;

/** One entry of a policy's history; {@code active} marks the version the engine enforces. */
public record PolicyVersionSummary(
        long version, int rules, Instant createdAt, String comment, boolean active) {}
