package io.pagewright.learning;

import io.pagewright.platform.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every version of every slot model, as JSON {@link ModelSnapshot}s in the {@code model_snapshot}
 * table. Versions are written once and never changed; the newest version of a slot is the model.
 */
@ApplicationScoped
@Transactional
public class ModelStore {

    /** Identifies one slot model. */
    public record SlotKey(String surface, String slot) {}

    /** One stored version, without its weights. */
    public record VersionSummary(
            String surface,
            String slot,
            long version,
            boolean frozen,
            long observations,
            String reason,
            String author,
            Instant createdAt) {}

    @PersistenceContext EntityManager em;

    /** The newest version of every slot model. */
    public Map<SlotKey, Long> newestVersions() {
        Map<SlotKey, Long> versions = new LinkedHashMap<>();
        for (Object row :
                em.createNativeQuery(
                                "select surface, slot, max(version) from model_snapshot"
                                        + " group by surface, slot order by surface, slot")
                        .getResultList()) {
            Object[] cells = (Object[]) row;
            versions.put(
                    new SlotKey((String) cells[0], (String) cells[1]),
                    ((Number) cells[2]).longValue());
        }
        return versions;
    }

    public Optional<ModelSnapshot> newest(String surface, String slot) {
        List<?> rows =
                em.createNativeQuery(
                                "select document from model_snapshot where surface = ?1 and slot"
                                        + " = ?2 order by version desc")
                        .setParameter(1, surface)
                        .setParameter(2, slot)
                        .setMaxResults(1)
                        .getResultList();
        return rows.stream()
                .findFirst()
                .map(d -> Json.DOCUMENTS.readValue(d.toString(), ModelSnapshot.class));
    }

    public Optional<ModelSnapshot> find(String surface, String slot, long version) {
        List<?> rows =
                em.createNativeQuery(
                                "select document from model_snapshot where surface = ?1 and slot"
                                        + " = ?2 and version = ?3")
                        .setParameter(1, surface)
                        .setParameter(2, slot)
                        .setParameter(3, version)
                        .getResultList();
        return rows.stream()
                .findFirst()
                .map(d -> Json.DOCUMENTS.readValue(d.toString(), ModelSnapshot.class));
    }

    /** The versions of one slot model, newest first, at most {@code limit}. */
    public List<VersionSummary> versions(String surface, String slot, int limit) {
        return summaries(
                em.createNativeQuery(
                                "select surface, slot, version, frozen, observations, reason,"
                                        + " author, created_at from model_snapshot where surface"
                                        + " = ?1 and slot = ?2 order by version desc")
                        .setParameter(1, surface)
                        .setParameter(2, slot)
                        .setMaxResults(limit)
                        .getResultList());
    }

    /** The newest version of every slot model. */
    public List<VersionSummary> models() {
        return summaries(
                em.createNativeQuery(
                                "select m.surface, m.slot, m.version, m.frozen, m.observations,"
                                        + " m.reason, m.author, m.created_at from model_snapshot m"
                                        + " where m.version = (select max(n.version) from"
                                        + " model_snapshot n where n.surface = m.surface and"
                                        + " n.slot = m.slot) order by m.surface, m.slot")
                        .getResultList());
    }

    /**
     * Deletes the versions written before {@code before}, except each slot's newest: decisions
     * older than that can no longer be replayed with their exact model.
     */
    public int pruneBefore(Instant before) {
        return em.createNativeQuery(
                        "delete from model_snapshot where created_at < ?1 and version < (select"
                                + " max(n.version) from model_snapshot n where n.surface ="
                                + " model_snapshot.surface and n.slot = model_snapshot.slot)")
                .setParameter(1, Timestamp.from(before))
                .executeUpdate();
    }

    /** Writes a new version; a version written by someone else meanwhile fails the transaction. */
    public void save(ModelSnapshot snapshot, String reason, String author) {
        em.createNativeQuery(
                        "insert into model_snapshot (surface, slot, version, frozen, observations,"
                                + " document, reason, author, created_at) values (?1, ?2, ?3, ?4,"
                                + " ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, snapshot.surface())
                .setParameter(2, snapshot.slot())
                .setParameter(3, snapshot.version())
                .setParameter(4, snapshot.frozen())
                .setParameter(5, snapshot.totalObservations())
                .setParameter(6, Json.DOCUMENTS.writeValueAsString(snapshot))
                .setParameter(7, reason)
                .setParameter(8, author)
                .setParameter(9, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    private static List<VersionSummary> summaries(List<?> rows) {
        List<VersionSummary> summaries = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            summaries.add(
                    new VersionSummary(
                            (String) c[0],
                            (String) c[1],
                            ((Number) c[2]).longValue(),
                            (Boolean) c[3],
                            ((Number) c[4]).longValue(),
                            (String) c[5],
                            (String) c[6],
                            instant(c[7])));
        }
        return summaries;
    }

    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("not a time: " + value);
    }
}
