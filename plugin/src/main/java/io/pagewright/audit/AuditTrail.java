package io.pagewright.audit;

import io.pagewright.platform.Json;
import io.pagewright.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * The append-only audit trail. Entries are written in the transaction of the change they describe,
 * so a change and its entry commit or roll back together; there is no way to edit or delete one.
 */
@ApplicationScoped
public class AuditTrail {

    private static final int MAX_COMMENT = 2000;
    private static final TypeReference<List<JsonDiff.Change>> CHANGES = new TypeReference<>() {};

    @PersistenceContext EntityManager em;
    @Inject CurrentActor actor;

    /** What to look for; every part is optional. */
    public record Query(
            String objectKind,
            String objectKey,
            String actor,
            String action,
            Instant from,
            Instant to) {}

    /**
     * Records a change of an object from {@code before} to {@code after} (either may be null) by
     * the current actor.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            String action,
            String objectKind,
            String objectKey,
            Long version,
            String comment,
            Object before,
            Object after) {
        record(actor.get().name(), action, objectKind, objectKey, version, comment, before, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            String who,
            String action,
            String objectKind,
            String objectKey,
            Long version,
            String comment,
            Object before,
            Object after) {
        AuditEntryEntity entry = new AuditEntryEntity();
        entry.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entry.actor = who;
        entry.action = action;
        entry.objectKind = objectKind;
        entry.objectKey = objectKey;
        entry.version = version;
        entry.comment =
                comment == null || comment.length() <= MAX_COMMENT
                        ? comment
                        : comment.substring(0, MAX_COMMENT);
        entry.changes =
                Json.DOCUMENTS.writeValueAsString(JsonDiff.between(tree(before), tree(after)));
        em.persist(entry);
    }

    /**
     * Who recorded changes of an object's versions after {@code afterVersion} up to {@code
     * upToVersion}: the authors of those versions, for kinds whose store does not keep them.
     */
    public java.util.Set<String> authors(
            String objectKind, String objectKey, long afterVersion, long upToVersion) {
        return new java.util.TreeSet<>(
                em.createQuery(
                                "select distinct e.actor from AuditEntryEntity e where"
                                        + " e.objectKind = :kind and e.objectKey = :key"
                                        + " and e.action in ('created', 'changed')"
                                        + " and e.version > :after and e.version <= :upTo",
                                String.class)
                        .setParameter("kind", objectKind)
                        .setParameter("key", objectKey)
                        .setParameter("after", afterVersion)
                        .setParameter("upTo", upToVersion)
                        .getResultList());
    }

    /** Entries matching the query, newest first, one page of them. */
    public List<AuditEntry> find(Query query, int page, int size) {
        TypedQuery<AuditEntryEntity> typed =
                em.createQuery(
                                "select e from AuditEntryEntity e"
                                        + where(query)
                                        + " order by e.recordedAt desc, e.id desc",
                                AuditEntryEntity.class)
                        .setFirstResult(page * size)
                        .setMaxResults(size);
        bind(typed, query);
        return typed.getResultStream().map(AuditTrail::entry).toList();
    }

    public long count(Query query) {
        TypedQuery<Long> typed =
                em.createQuery(
                        "select count(e) from AuditEntryEntity e" + where(query), Long.class);
        bind(typed, query);
        return typed.getSingleResult();
    }

    private static String where(Query q) {
        List<String> clauses = new ArrayList<>();
        if (q.objectKind() != null) clauses.add("e.objectKind = :kind");
        if (q.objectKey() != null) clauses.add("e.objectKey = :key");
        if (q.actor() != null) clauses.add("e.actor = :actor");
        if (q.action() != null) clauses.add("e.action = :action");
        if (q.from() != null) clauses.add("e.recordedAt >= :from");
        if (q.to() != null) clauses.add("e.recordedAt < :to");
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static void bind(TypedQuery<?> typed, Query q) {
        if (q.objectKind() != null) typed.setParameter("kind", q.objectKind());
        if (q.objectKey() != null) typed.setParameter("key", q.objectKey());
        if (q.actor() != null) typed.setParameter("actor", q.actor());
        if (q.action() != null) typed.setParameter("action", q.action());
        if (q.from() != null) typed.setParameter("from", q.from());
        if (q.to() != null) typed.setParameter("to", q.to());
    }

    private static JsonNode tree(Object value) {
        return value == null ? null : Json.DOCUMENTS.valueToTree(value);
    }

    private static AuditEntry entry(AuditEntryEntity e) {
        return new AuditEntry(
                e.id,
                e.recordedAt,
                e.actor,
                e.action,
                e.objectKind,
                e.objectKey,
                e.version,
                e.comment,
                Json.DOCUMENTS.readValue(e.changes, CHANGES));
    }
}
