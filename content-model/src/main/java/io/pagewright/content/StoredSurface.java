package io.pagewright.content;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a surface as stored: its definition, the version number (which is also the
 * optimistic-lock token), when it was written and why, and which version is published.
 */
public record StoredSurface(
        SurfaceDefinition definition,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String comment,
        Optional<Instant> publishedAt,
        Optional<Long> publishedVersion) {

    public StoredSurface {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(publishedVersion, "publishedVersion");
    }
}
