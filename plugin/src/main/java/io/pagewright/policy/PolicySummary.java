package io.pagewright.policy;

import java.time.Instant;

/** A policy as the list shows it: key, current version, rule count and the active version. */
public record PolicySummary(
        String key,
        long version,
        int rules,
        Instant updatedAt,
        Long activeVersion,
        Instant activatedAt) {}
