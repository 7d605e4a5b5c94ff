package io.pagewright.content;

import java.time.Instant;
import java.util.Objects;

/** One entry of a surface's history; {@code author} is null for versions older than sign-in. */
public record VersionSummary(
        long version, Instant createdAt, String author, String comment, boolean published) {
    public VersionSummary {
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
