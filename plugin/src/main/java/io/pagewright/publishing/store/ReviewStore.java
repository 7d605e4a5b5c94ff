package io.pagewright.publishing.store;

import io.pagewright.platform.Json;
import io.pagewright.publishing.ContentKind;
import io.pagewright.publishing.Review;
import io.pagewright.publishing.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
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

    /** Inserts or replaces the review of its version. */
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
            em.persist(entity);
            em.flush();
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
