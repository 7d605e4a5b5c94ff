package io.pagewright.profile.store;

import io.pagewright.event.IdentityKey;
import io.pagewright.platform.Json;
import io.pagewright.profile.Profile;
import io.pagewright.profile.ProfileId;
import io.pagewright.profile.ProfileStore;
import io.pagewright.profile.StaleProfileException;
import io.pagewright.profile.StoredProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Profiles as JSON documents with an identifier table to find them by any of their identities.
 *
 * <p>Every call leaves nothing of its own managed in the persistence context: a fold transaction
 * reads and saves a few hundred profiles, and each query auto-flushes, which dirty-checks every
 * managed entity; kept, that work grew with the square of the batch.
 */
@ApplicationScoped
@Transactional
public class JpaProfileStore implements ProfileStore {

    @PersistenceContext EntityManager em;

    @Override
    public Optional<StoredProfile> find(ProfileId id) {
        return Optional.ofNullable(em.find(ProfileEntity.class, id.value()))
                .map(JpaProfileStore::stored);
    }

    /**
     * Joins the caller's transaction; without one (a resolve's profile lookup, on every profile
     * cache miss) it reads without starting one, which costs a transaction begin and commit less.
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredProfile> findByIdentities(Collection<IdentityKey> keys) {
        TreeSet<String> ids = new TreeSet<>();
        for (IdentityKey key : keys) {
            ids.addAll(
                    em.createQuery(
                                    "select i.profileId from ProfileIdentityEntity i where i.kind = :kind and i.value = :value",
                                    String.class)
                            .setParameter("kind", key.kind().name())
                            .setParameter("value", key.value())
                            .getResultList());
        }
        return ids.stream()
                .map(id -> em.find(ProfileEntity.class, id))
                .filter(java.util.Objects::nonNull)
                .map(entity -> {
                    StoredProfile stored = stored(entity);
                    release(List.of(entity));
                    return stored;
                })
                .toList();
    }

    @Override
    public long save(Profile profile, long expectedVersion) {
        ProfileEntity entity =
                em.find(ProfileEntity.class, profile.id().value(), LockModeType.PESSIMISTIC_WRITE);
        long stored = entity == null ? NEW : entity.version;
        if (stored != expectedVersion) {
            throw new StaleProfileException(profile.id(), expectedVersion);
        }
        boolean created = entity == null;
        if (created) {
            entity = new ProfileEntity();
            entity.id = profile.id().value();
        }
        entity.version = expectedVersion + 1;
        entity.document = Json.DOCUMENTS.writeValueAsString(profile);
        entity.updatedAt = Instant.now();
        if (created) {
            em.persist(entity);
        }
        List<Object> written = new java.util.ArrayList<>(replaceIdentities(profile));
        written.add(entity);
        em.flush();
        release(written);
        return entity.version;
    }

    @Override
    public void delete(ProfileId id, long expectedVersion) {
        ProfileEntity entity =
                em.find(ProfileEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            return;
        }
        if (entity.version != expectedVersion) {
            throw new StaleProfileException(id, expectedVersion);
        }
        identityRows(id.value()).forEach(em::remove);
        em.remove(entity);
        em.flush();
    }

    /**
     * Makes the identifier rows of the profile match its identities, touching only what changed;
     * returns the rows that stay.
     */
    private List<ProfileIdentityEntity> replaceIdentities(Profile profile) {
        String id = profile.id().value();
        java.util.Set<IdentityKey> wanted = new java.util.HashSet<>(profile.identities());
        List<ProfileIdentityEntity> kept = new java.util.ArrayList<>();
        for (ProfileIdentityEntity row : identityRows(id)) {
            IdentityKey key =
                    new IdentityKey(io.pagewright.event.IdentityKind.valueOf(row.kind), row.value);
            if (wanted.remove(key)) {
                kept.add(row);
            } else {
                em.remove(row);
            }
        }
        for (IdentityKey key : wanted) {
            ProfileIdentityEntity identity = new ProfileIdentityEntity();
            identity.kind = key.kind().name();
            identity.value = key.value();
            identity.profileId = id;
            em.persist(identity);
            kept.add(identity);
        }
        return kept;
    }

    /**
     * Detaches entities whose changes are flushed (inside a transaction; outside there is none).
     */
    private void release(List<?> entities) {
        if (em.isJoinedToTransaction()) {
            entities.forEach(em::detach);
        }
    }

    private List<ProfileIdentityEntity> identityRows(String profileId) {
        return em.createQuery(
                        "select i from ProfileIdentityEntity i where i.profileId = :id",
                        ProfileIdentityEntity.class)
                .setParameter("id", profileId)
                .getResultList();
    }

    private static StoredProfile stored(ProfileEntity entity) {
        return new StoredProfile(
                Json.DOCUMENTS.readValue(entity.document, Profile.class), entity.version);
    }
}
