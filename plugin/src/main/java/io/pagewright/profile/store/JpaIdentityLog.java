package io.pagewright.profile.store;

import io.pagewright.platform.Json;
import io.pagewright.profile.IdentityChange;
import io.pagewright.profile.IdentityLog;
import io.pagewright.profile.ProfileId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The merge and detachment log, filed under every profile a change involves. */
@ApplicationScoped
@Transactional
public class JpaIdentityLog implements IdentityLog {

    @PersistenceContext EntityManager em;

    @Override
    public void record(IdentityChange change) {
        Set<ProfileId> involved =
                switch (change) {
                    case IdentityChange.Merged m -> Set.of(m.survivor(), m.absorbed());
                    case IdentityChange.Detached d -> Set.of(d.from(), d.to());
                };
        String document = Json.DOCUMENTS.writeValueAsString(change);
        for (ProfileId id : involved) {
            IdentityChangeEntity entity = new IdentityChangeEntity();
            entity.profileId = id.value();
            entity.document = document;
            entity.recordedAt = Instant.now();
            em.persist(entity);
        }
    }

    @Override
    public List<IdentityChange> changesOf(ProfileId id) {
        return em.createQuery(
                        "select c from IdentityChangeEntity c where c.profileId = :id order by c.id",
                        IdentityChangeEntity.class)
                .setParameter("id", id.value())
                .getResultStream()
                .map(c -> Json.DOCUMENTS.readValue(c.document, IdentityChange.class))
                .toList();
    }

    /** Forgets every change filed under this profile (erasing a person); returns how many rows. */
    public int forget(ProfileId id) {
        return em.createQuery("delete from IdentityChangeEntity c where c.profileId = :id")
                .setParameter("id", id.value())
                .executeUpdate();
    }
}
