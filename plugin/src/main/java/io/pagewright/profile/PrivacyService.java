package io.pagewright.profile;

import io.pagewright.audit.AuditTrail;
import io.pagewright.event.IdentityKey;
import io.pagewright.event.IdentityKind;
import io.pagewright.platform.Json;
import io.pagewright.profile.store.ErasureEntity;
import io.pagewright.profile.store.EventConsumerEntity;
import io.pagewright.profile.store.EventJournal;
import io.pagewright.profile.store.JournalEntry;
import io.pagewright.profile.store.JpaIdentityLog;
import io.pagewright.search.ElasticsearchEventIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Logger;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * A person's rights over their data: export everything Pagewright holds about them, and erase it
 * (profile, identifiers, merge log, events in the database and in Elasticsearch), leaving one
 * {@code erasure} record without personal data.
 */
@ApplicationScoped
public class PrivacyService {

    private static final Logger LOG = Logger.getLogger(PrivacyService.class.getName());

    @Inject Steps steps;
    @Inject ElasticsearchEventIndex index;
    @Inject ObserveService observe;

    /** Everything held about a person, found by one of their identifiers. */
    public record Export(
            Instant exportedAt,
            List<IdentityKey> identities,
            List<Profile> profiles,
            List<IdentityChange> identityChanges,
            List<JsonNode> events) {}

    /**
     * The record of an erase.
     *
     * @param identityFingerprints {@code KIND:sha256(value)} of every identifier erased
     * @param indexErased whether the events are gone from Elasticsearch yet (else retried)
     */
    public record Erasure(
            String id,
            Instant erasedAt,
            String erasedBy,
            List<String> identityFingerprints,
            int profiles,
            int events,
            boolean indexErased) {}

    /** What is held about the person this identifier leads to; empty when nothing is. */
    public Optional<Export> export(IdentityKey identity) {
        return steps.export(identity);
    }

    /**
     * Erases the person this identifier leads to: their profiles, every identifier of those
     * profiles, the merge log filed under them, and the events carrying any of those identifiers,
     * in the database at once and in Elasticsearch right after (retried in the background while it
     * is down). Erasing someone unknown records an erase of nothing. Events sent later with the
     * same identifiers start a new profile.
     *
     * @param requestedBy who asked (a user name; kept in the erasure record)
     */
    public Erasure erase(IdentityKey identity, String requestedBy) {
        Objects.requireNonNull(identity, "identity");
        Erasure erasure = steps.eraseInDatabase(identity, requestedBy);
        observe.cache().clear();
        return eraseInIndex(erasure.id()).map(e -> e).orElse(erasure);
    }

    /** Erases from Elasticsearch what earlier erases could not (it was down). */
    public void retryPendingIndexErasures() {
        for (String id : steps.pendingIndexErasures()) {
            eraseInIndex(id);
        }
    }

    private Optional<Erasure> eraseInIndex(String erasureId) {
        Set<IdentityKey> keys = steps.pendingIdentities(erasureId);
        try {
            index.eraseEventsOf(keys);
            return Optional.of(steps.markIndexErased(erasureId));
        } catch (IOException | RuntimeException e) {
            LOG.warning(() ->
                    "Erasing events from Elasticsearch failed for erasure "
                            + erasureId
                            + ", retrying later: "
                            + e.getMessage());
            return Optional.empty();
        }
    }

    static String fingerprint(IdentityKey key) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256")
                            .digest(key.value().getBytes(StandardCharsets.UTF_8));
            return key.kind() + ":" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The database side, each method one transaction. */
    @ApplicationScoped
    @Transactional
    public static class Steps {
        @PersistenceContext EntityManager em;
        @Inject ProfileStore profiles;
        @Inject JpaIdentityLog identityLog;
        @Inject EventJournal journal;
        @Inject AuditTrail audit;
        @Inject io.pagewright.learning.VisitorOutcomes visitorOutcomes;

        Optional<Export> export(IdentityKey identity) {
            List<StoredProfile> owners = profiles.findByIdentities(Set.of(identity));
            Set<IdentityKey> keys = identitiesOf(identity, owners);
            List<JournalEntry> events = journal.eventsOf(keys);
            if (owners.isEmpty() && events.isEmpty()) {
                return Optional.empty();
            }
            List<IdentityChange> changes = new ArrayList<>();
            owners.forEach(o -> changes.addAll(identityLog.changesOf(o.profile().id())));
            return Optional.of(
                    new Export(
                            Instant.now(),
                            List.copyOf(keys),
                            owners.stream().map(StoredProfile::profile).toList(),
                            changes,
                            events.stream()
                                    .filter(e -> e.document() != null)
                                    .map(e -> Json.DOCUMENTS.readTree(e.document()))
                                    .toList()));
        }

        Erasure eraseInDatabase(IdentityKey identity, String requestedBy) {
            // Hold both consumers so no batch in flight re-creates the profile or re-ships events.
            em.find(EventConsumerEntity.class, "fold", LockModeType.PESSIMISTIC_WRITE)
                    .touch(Instant.now());
            em.find(EventConsumerEntity.class, "ship", LockModeType.PESSIMISTIC_WRITE)
                    .touch(Instant.now());
            List<StoredProfile> owners = profiles.findByIdentities(Set.of(identity));
            Set<IdentityKey> keys = identitiesOf(identity, owners);
            for (StoredProfile owner : owners) {
                identityLog.forget(owner.profile().id());
                profiles.delete(owner.profile().id(), owner.version());
            }
            int events = journal.deleteEventsOf(keys);
            visitorOutcomes.forget(keys);
            ErasureEntity record = new ErasureEntity();
            record.id = UUID.randomUUID().toString();
            record.erasedAt = Instant.now();
            record.erasedBy =
                    requestedBy == null || requestedBy.isBlank() ? "unknown" : requestedBy;
            record.identityFingerprints =
                    String.join(",", keys.stream().map(PrivacyService::fingerprint).toList());
            record.profiles = owners.size();
            record.events = events;
            record.pendingIdentities = Json.DOCUMENTS.writeValueAsString(keys);
            em.persist(record);
            Erasure erased = erasure(record);
            // The audit entry names the erasure, never the person: fingerprints and counts only.
            audit.record(
                    record.erasedBy,
                    "erased",
                    "person",
                    record.id,
                    null,
                    "erased " + owners.size() + " profile(s) and " + events + " event(s)",
                    null,
                    java.util.Map.of(
                            "identityFingerprints", erased.identityFingerprints(),
                            "profiles", erased.profiles(),
                            "events", erased.events()));
            return erased;
        }

        List<String> pendingIndexErasures() {
            return em.createQuery(
                            "select e.id from ErasureEntity e where e.pendingIdentities is not null",
                            String.class)
                    .getResultList();
        }

        Set<IdentityKey> pendingIdentities(String erasureId) {
            ErasureEntity record = em.find(ErasureEntity.class, erasureId);
            if (record == null || record.pendingIdentities == null) {
                return Set.of();
            }
            return Json.DOCUMENTS.readValue(
                    record.pendingIdentities, new TypeReference<TreeSet<IdentityKey>>() {});
        }

        Erasure markIndexErased(String erasureId) {
            ErasureEntity record = em.find(ErasureEntity.class, erasureId);
            record.pendingIdentities = null;
            record.indexErasedAt = Instant.now();
            return erasure(record);
        }

        private static Set<IdentityKey> identitiesOf(
                IdentityKey identity, List<StoredProfile> owners) {
            Set<IdentityKey> keys = new TreeSet<>();
            keys.add(identity);
            owners.forEach(o -> keys.addAll(o.profile().identities()));
            return keys;
        }

        private static Erasure erasure(ErasureEntity record) {
            return new Erasure(
                    record.id,
                    record.erasedAt,
                    record.erasedBy,
                    List.of(record.identityFingerprints.split(",")),
                    record.profiles,
                    record.events,
                    record.indexErasedAt != null);
        }
    }

    /** Parses {@code anonymous}, {@code user}, {@code email-hash}, {@code device}. */
    public static Optional<IdentityKind> kindOf(String name) {
        for (IdentityKind kind : IdentityKind.values()) {
            if (kind.name().replace('_', '-').toLowerCase(java.util.Locale.ROOT).equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
