package io.pagewright.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where surfaces live, each as a numbered series of versions of its definition. Every change writes
 * a new version; earlier versions stay readable.
 */
public interface SurfaceStore {

    /**
     * Stores a new surface as version 1.
     *
     * @throws SurfaceExistsException if a surface with the same key exists
     */
    StoredSurface create(SurfaceDefinition definition, String comment);

    /**
     * Writes {@code definition} as the next version, if the surface is still at {@code
     * expectedVersion}.
     *
     * @throws StaleVersionException if another change came first
     */
    Optional<StoredSurface> update(
            String key, long expectedVersion, SurfaceDefinition definition, String comment);

    /** The current version. */
    Optional<StoredSurface> find(String key);

    /** An earlier (or the current) version. */
    Optional<StoredSurface> findVersion(String key, long version);

    /** The versions of a surface, newest first. */
    List<VersionSummary> versions(String key);

    /** Every surface, ordered by key. */
    List<SurfaceSummary> list();

    /**
     * Deletes the surface with all its versions, if it is still at {@code expectedVersion}.
     *
     * @return false if there is no such surface
     * @throws StaleVersionException if another change came first
     */
    boolean delete(String key, long expectedVersion);

    /** Records that {@code version} of the surface was published at {@code at}. */
    void markPublished(String key, long version, Instant at);

    /** Takes the surface off the decision engine: nothing of it is published afterwards. */
    void markUnpublished(String key);

    /** The published version, read without loading any document: cheap enough to poll. */
    Optional<Long> publishedVersion(String key);

    /** Who wrote the versions after {@code afterVersion} up to {@code upToVersion}, inclusive. */
    java.util.Set<String> authors(String key, long afterVersion, long upToVersion);
}
