package io.pagewright.decision;

import java.time.Instant;
import java.util.Optional;

/**
 * Where published surfaces live for the decision engine. Publishing replaces a surface's published
 * snapshot as a whole; resolving reads it back.
 */
public interface VariantIndex {

    /** Makes {@code surface} the published snapshot of its key, replacing any earlier one. */
    void replace(PublishedSurface surface, Instant publishedAt);

    /** Removes the published snapshot of a surface; resolving it finds nothing afterwards. */
    void remove(String surfaceKey);

    /** The published snapshot of a surface, or empty if nothing of it is published. */
    Optional<PublishedSurface> find(String surfaceKey);
}
