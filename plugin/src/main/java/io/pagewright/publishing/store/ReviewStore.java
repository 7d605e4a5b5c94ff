package io.pagewright.publishing.store;

import io.pagewright.content.SurfaceDeleted;
import io.pagewright.platform.ConflictProblem;
import io.pagewright.platform.Json;
import io.pagewright.publishing.ContentKind;
import io.pagewright.publishing.Review;
import io.pagewright.publishing.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reviews in the database. Writers lock the row, so two approvals never count as one. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReviewStore {

    @PersistenceContext EntityManager em;

    /** The review of a version, locked for update until the transaction ends. */
    public Optional<Review> lock(ContentKind kind, String key, long version) {
        return Optional.ofNullable(
                        em.find(
                                ReviewEntity.class,
                                new ReviewEntity.Key(kind.wireName(), key, version),
                                LockModeType.PESSIMISTIC_WRITE))
                .map(ReviewStore::review);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Review> find(ContentKind kind, String key, long version) {
        return Optional.ofNullable(
                        em.find(
                                ReviewEntity.class,
                                new ReviewEntity.Key(kind.wireName(), key, version)))
                .map(ReviewStore::review);
    }

    /** A deleted surface takes its reviews along, so a new surface with its key starts clean. */
    void surfaceDeleted(@Observes SurfaceDeleted event) {
        em.createQuery("delete from ReviewEntity r where r.kind = :kind and r.objectKey = :key")
                .setParameter("kind", ContentKind.SURFACE.wireName())
                .setParameter("key", event.key())
                .executeUpdate();
    }

    /**
     * Inserts or replaces the review of its version. Two requests creating the same review at once
     * (two submits) meet at the primary key: the second gets a 409.
     */
    public void save(Review review) {
        ReviewEntity.Key id =
                new ReviewEntity.Key(review.kind().wireName(), review.key(), review.version());
        ReviewEntity entity = em.find(ReviewEntity.class, id);
        boolean created = entity == null;
        if (created) {
            entity = new ReviewEntity();
            entity.kind = id.kind;
            entity.objectKey = id.objectKey;
            entity.version = id.version;
        }
        entity.stage = review.stage().wireName();
        entity.publishAt = review.publishAt();
        entity.unpublishAt = review.unpublishAt();
        entity.document = Json.DOCUMENTS.writeValueAsString(review);
        entity.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (created) {
            try {
                em.persist(entity);
                em.flush();
            } catch (PersistenceException e) {
                throw new ConflictProblem(
                        "concurrent-change",
                        "Someone else changed this at the same moment",
                        "Version "
                                + review.version()
                                + " of "
                                + review.key()
                                + " was changed by another request; reload and try again.");
            }
        }
    }

    /** Reviews of one object in these stages, newest version first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Review> of(ContentKind kind, String key, Collection<Stage> stages) {
        return em.createQuery(
                        "select r from ReviewEntity r where r.kind = :kind and r.objectKey = :key"
                                + " and r.stage in :stages order by r.version desc",
                        ReviewEntity.class)
                .setParameter("kind", kind.wireName())
                .setParameter("key", key)
                .setParameter("stages", stages.stream().map(Stage::wireName).toList())
                .getResultStream()
                .map(ReviewStore::review)
                .toList();
    }

    /** Every review in these stages, oldest change first (the inbox). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Review> inStages(Collection<Stage> stages) {
        return em.createQuery(
                        "select r from ReviewEntity r where r.stage in :stages"
                                + " order by r.updatedAt, r.kind, r.objectKey, r.version",
                        ReviewEntity.class)
                .setParameter("stages", stages.stream().map(Stage::wireName).toList())
                .getResultStream()
                .map(ReviewStore::review)
                .toList();
    }

    /** Approved versions whose scheduled publish time has come. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Review> duePublishes(Instant now) {
        return due("r.stage = 'approved' and r.publishAt <= :now", now);
    }

    /** Published versions whose window has closed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Review> dueUnpublishes(Instant now) {
        return due("r.stage = 'published' and r.unpublishAt <= :now", now);
    }

    private List<Review> due(String condition, Instant now) {
        return em.createQuery(
                        "select r from ReviewEntity r where " + condition + " order by r.version",
                        ReviewEntity.class)
                .setParameter("now", now)
                .setMaxResults(100)
                .getResultStream()
                .map(ReviewStore::review)
                .toList();
    }

    private static Review review(ReviewEntity entity) {
        return Json.DOCUMENTS.readValue(entity.document, Review.class);
    }
}
