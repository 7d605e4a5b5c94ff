package io.pagewright.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where surfaces and their slots and variants are kept, in the words of the content model. */
public interface SurfaceStore {

    /**
     * Stores a new surface.
     *
     * @throws SurfaceExistsException if a surface with the same key exists
     */
    StoredSurface create(SurfaceDefinition definition);

    Optional<StoredSurface> find(String key);

    /** Every surface, ordered by key. */
    List<SurfaceSummary> list();

    /** Records that the surface's current version was published at {@code at}. */
    void markPublished(String key, Instant at);
}
