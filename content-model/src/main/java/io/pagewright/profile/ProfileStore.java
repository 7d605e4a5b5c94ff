package io.pagewright.profile;

import io.pagewright.event.IdentityKey;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where profiles live between requests, found by id or by any identifier of the person, and saved
 * with optimistic versions so that concurrent ingestion never loses an update. An identifier
 * belongs to one profile; during a merge a store may briefly return the survivor and an absorbed
 * profile for it, which the {@link Stitcher} recognizes by {@link Profile#absorbed()}.
 */
public interface ProfileStore {

    /** The version to pass to {@link #save} for a profile that is not stored yet. */
    long NEW = 0;

    Optional<StoredProfile> find(ProfileId id);

    /** The distinct profiles holding any of these identifiers, ordered by id. */
    List<StoredProfile> findByIdentities(Collection<IdentityKey> keys);

    /**
     * Stores the profile if its stored version is still {@code expectedVersion} ({@link #NEW} when
     * it must not exist yet).
     *
     * @return the new version
     * @throws StaleProfileException when the stored version differs
     */
    long save(Profile profile, long expectedVersion);

    /**
     * Deletes a profile (absorbed by a merge, or erased) if its version is still {@code
     * expectedVersion}; deleting a profile that is not there does nothing.
     *
     * @throws StaleProfileException when the stored version differs
     */
    void delete(ProfileId id, long expectedVersion);
}
