package io.pagewright.learning;

import io.pagewright.platform.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Escalation items in the {@code escalation} table. */
@ApplicationScoped
@Transactional
public class EscalationStore {

    /** One escalation item as people see it. */
    public record Item(
            String id,
            String surface,
            String slot,
            String segment,
            String kind,
            String status,
            List<String> reasons,
            Map<String, Object> evidence,
            long occurrences,
            Instant firstSeen,
            Instant lastSeen,
            String resolution,
            String resolvedBy,
            Instant resolvedAt,
            String comment) {}

    static final String OPEN = "open";
    static final String RESOLVED = "resolved";
    private static final String COLUMNS =
            "id, surface, slot, segment, kind, status, reasons, evidence, occurrences, first_seen,"
                    + " last_seen, resolution, resolved_by, resolved_at, comment";

    @PersistenceContext EntityManager em;

    /** Adds occurrences to the item of this key, creating it (open) if it is new. */
    public void record(
            Escalations.Key key, List<String> reasons, String evidence, long count, Instant at) {
        String reasonsJson = Json.DOCUMENTS.writeValueAsString(reasons);
        int updated =
                em.createNativeQuery(
                                "update escalation set occurrences = occurrences + ?1, last_seen"
                                        + " = ?2, reasons = ?3, evidence = ?4 where surface = ?5"
                                        + " and slot = ?6 and segment = ?7 and kind = ?8")
                        .setParameter(1, count)
                        .setParameter(2, Timestamp.from(at))
                        .setParameter(3, reasonsJson)
                        .setParameter(4, evidence)
                        .setParameter(5, key.surface())
                        .setParameter(6, key.slot())
                        .setParameter(7, key.segment())
                        .setParameter(8, key.kind())
                        .executeUpdate();
        if (updated == 0) {
            // a concurrent insert by another node fails this transaction; the caller retries
            em.createNativeQuery(
                            "insert into escalation (id, surface, slot, segment, kind, status,"
                                    + " reasons, evidence, occurrences, first_seen, last_seen)"
                                    + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)")
                    .setParameter(1, UUID.randomUUID().toString())
                    .setParameter(2, key.surface())
                    .setParameter(3, key.slot())
                    .setParameter(4, key.segment())
                    .setParameter(5, key.kind())
                    .setParameter(6, OPEN)
                    .setParameter(7, reasonsJson)
                    .setParameter(8, evidence)
                    .setParameter(9, count)
                    .setParameter(10, Timestamp.from(at))
                    .executeUpdate();
        }
    }

    /** What people decided, per resolved key. */
    public Map<Escalations.Key, Escalations.Resolution> resolutions() {
        Map<Escalations.Key, Escalations.Resolution> resolved = new HashMap<>();
        for (Object row :
                em.createNativeQuery(
                                "select surface, slot, segment, kind, resolution from escalation"
                                        + " where status = 'resolved'")
                        .getResultList()) {
            Object[] c = (Object[]) row;
            Escalations.parse((String) c[4])
                    .ifPresent(r ->
                            resolved.put(
                                    new Escalations.Key(
                                            (String) c[0],
                                            (String) c[1],
                                            (String) c[2],
                                            (String) c[3]),
                                    r));
        }
        return resolved;
    }

    /** Items in this status (or all), most recently seen first. */
    public List<Item> list(String status, int limit) {
        var query =
                status == null
                        ? em.createNativeQuery(
                                "select " + COLUMNS + " from escalation order by last_seen desc")
                        : em.createNativeQuery(
                                        "select "
                                                + COLUMNS
                                                + " from escalation where status = ?1 order by"
                                                + " last_seen desc")
                                .setParameter(1, status);
        List<Item> items = new ArrayList<>();
        for (Object row : query.setMaxResults(limit).getResultList()) {
            items.add(item((Object[]) row));
        }
        return items;
    }

    /** How many items have this status (all when null). */
    public long count(String status) {
        var query =
                status == null
                        ? em.createNativeQuery("select count(*) from escalation")
                        : em.createNativeQuery("select count(*) from escalation where status = ?1")
                                .setParameter(1, status);
        return ((Number) query.getSingleResult()).longValue();
    }

    public Optional<Item> find(String id) {
        return em
                .createNativeQuery(
                        "select " + COLUMNS + " from escalation where id = ?1 for update")
                .setParameter(1, id)
                .getResultList()
                .stream()
                .findFirst()
                .map(row -> item((Object[]) row));
    }

    public void resolve(String id, String resolution, String by, String comment, Instant at) {
        em.createNativeQuery(
                        "update escalation set status = 'resolved', resolution = ?1, resolved_by"
                                + " = ?2, resolved_at = ?3, comment = ?4 where id = ?5")
                .setParameter(1, resolution)
                .setParameter(2, by)
                .setParameter(3, Timestamp.from(at))
                .setParameter(4, comment)
                .setParameter(5, id)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private static Item item(Object[] c) {
        return new Item(
                (String) c[0],
                (String) c[1],
                (String) c[2],
                (String) c[3],
                (String) c[4],
                (String) c[5],
                Json.DOCUMENTS.readValue((String) c[6], List.class),
                c[7] == null ? Map.of() : Json.DOCUMENTS.readValue((String) c[7], Map.class),
                ((Number) c[8]).longValue(),
                ModelStore.instant(c[9]),
                ModelStore.instant(c[10]),
                (String) c[11],
                (String) c[12],
                c[13] == null ? null : ModelStore.instant(c[13]),
                (String) c[14]);
    }
}
