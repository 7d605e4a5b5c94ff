package io.pagewright.content;

import java.time.Instant;
import java.util.Objects;

/** One entry of a surface's history. */
public record VersionSummary(long version, Instant createdAt, String comment, boolean published) {
    public VersionSummary {
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
