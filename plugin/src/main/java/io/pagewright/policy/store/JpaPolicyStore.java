package io.pagewright.policy.store;

import io.pagewright.content.StaleVersionException;
import io.pagewright.platform.Json;
import io.pagewright.policy.Policy;
import io.pagewright.policy.PolicyExistsException;
import io.pagewright.policy.PolicyStore;
import io.pagewright.policy.PolicySummary;
import io.pagewright.policy.PolicyVersionSummary;
import io.pagewright.policy.StoredPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Policies as a head row plus one JSON document per version, through JPA (like surfaces). */
@ApplicationScoped
@Transactional
public class JpaPolicyStore implements PolicyStore {

    @PersistenceContext EntityManager em;

    @Override
    public StoredPolicy create(Policy document, String comment) {
        if (head(document.key(), LockModeType.NONE).isPresent()) {
            throw new PolicyExistsException(document.key());
        }
        Instant now = now();
        PolicyEntity policy = new PolicyEntity();
        policy.key = document.key();
        policy.createdAt = now;
        policy.version = 1;
        policy.ruleCount = document.rules().size();
        policy.updatedAt = now;
        em.persist(policy);
        return write(policy, document, comment, now);
    }

    @Override
    public Optional<StoredPolicy> update(
            String key, long expectedVersion, Policy document, String comment) {
        Optional<PolicyEntity> found = head(key, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PolicyEntity policy = found.get();
        if (policy.version != expectedVersion) {
            throw new StaleVersionException(
                    "policy '" + key + "'", expectedVersion, policy.version);
        }
        Instant now = now();
        policy.version++;
        policy.ruleCount = document.rules().size();
        policy.updatedAt = now;
        return Optional.of(write(policy, document, comment, now));
    }

    @Override
    public Optional<StoredPolicy> find(String key) {
        return head(key, LockModeType.NONE).map(p -> read(p, p.version).orElseThrow());
    }

    @Override
    public Optional<StoredPolicy> findForUpdate(String key) {
        return head(key, LockModeType.PESSIMISTIC_WRITE).map(p -> read(p, p.version).orElseThrow());
    }

    @Override
    public Optional<StoredPolicy> findVersion(String key, long version) {
        return head(key, LockModeType.NONE).flatMap(p -> read(p, version));
    }

    @Override
    public List<PolicyVersionSummary> versions(String key) {
        return head(key, LockModeType.NONE)
                .map(p ->
                        versionsOf(p).stream()
                                .map(v ->
                                        new PolicyVersionSummary(
                                                v.version,
                                                document(v).rules().size(),
                                                v.createdAt,
                                                v.comment,
                                                Objects.equals(p.activeVersion, v.version)))
                                .toList())
                .orElse(List.of());
    }

    @Override
    public List<PolicySummary> list() {
        return em.createQuery("select p from PolicyEntity p order by p.key", PolicyEntity.class)
                .getResultStream()
                .map(p ->
                        new PolicySummary(
                                p.key,
                                p.version,
                                p.ruleCount,
                                p.updatedAt,
                                p.activeVersion,
                                p.activatedAt))
                .toList();
    }

    @Override
    public void activate(String key, long version, Instant at) {
        head(key, LockModeType.PESSIMISTIC_WRITE)
                .ifPresent(p -> {
                    p.activeVersion = version;
                    p.activatedAt = at;
                });
    }

    @Override
    public List<Policy> active() {
        return em.createQuery(
                        "select v from PolicyVersionEntity v, PolicyEntity p"
                                + " where v.policyId = p.id and v.version = p.activeVersion"
                                + " order by p.key",
                        PolicyVersionEntity.class)
                .getResultStream()
                .map(JpaPolicyStore::document)
                .toList();
    }

    private List<PolicyVersionEntity> versionsOf(PolicyEntity policy) {
        return em.createQuery(
                        "select v from PolicyVersionEntity v where v.policyId = :id"
                                + " order by v.version desc",
                        PolicyVersionEntity.class)
                .setParameter("id", policy.id)
                .getResultList();
    }

    private Optional<PolicyEntity> head(String key, LockModeType lock) {
        return em.createQuery("select p from PolicyEntity p where p.key = :key", PolicyEntity.class)
                .setParameter("key", key)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    private StoredPolicy write(PolicyEntity policy, Policy document, String comment, Instant now) {
        em.flush();
        Policy versioned = new Policy(document.key(), policy.version, document.rules());
        PolicyVersionEntity version = new PolicyVersionEntity();
        version.policyId = policy.id;
        version.version = policy.version;
        version.document = Json.DOCUMENTS.writeValueAsString(versioned);
        version.createdAt = now;
        version.comment = comment;
        em.persist(version);
        return stored(policy, version, versioned);
    }

    private Optional<StoredPolicy> read(PolicyEntity policy, long version) {
        PolicyVersionEntity.Key id = new PolicyVersionEntity.Key();
        id.policyId = policy.id;
        id.version = version;
        return Optional.ofNullable(em.find(PolicyVersionEntity.class, id))
                .map(v -> stored(policy, v, document(v)));
    }

    private static Policy document(PolicyVersionEntity version) {
        return Json.DOCUMENTS.readValue(version.document, Policy.class);
    }

    private static StoredPolicy stored(
            PolicyEntity policy, PolicyVersionEntity version, Policy document) {
        return new StoredPolicy(
                document,
                version.version,
                policy.createdAt,
                version.createdAt,
                version.comment,
                Optional.ofNullable(policy.activeVersion),
                Optional.ofNullable(policy.activatedAt));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
