package io.pagewright.content;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A surface as stored: its definition plus the version used for optimistic locking. */
public record StoredSurface(
        SurfaceDefinition definition,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> publishedAt) {

    public StoredSurface {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
