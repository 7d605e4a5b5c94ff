package io.pagewright.profile;

import io.pagewright.event.AcceptanceWindow;
import io.pagewright.event.Event;
import io.pagewright.event.IdentityKey;
import io.pagewright.platform.Json;
import io.pagewright.profile.store.EventConsumerEntity;
import io.pagewright.profile.store.EventJournal;
import io.pagewright.profile.store.JournalEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One micro-batch of the fold consumer, in one transaction: lock the consumer row (one node folds
 * at a time), read the oldest received events, stitch and fold them into profiles, and mark them
 * folded. A crash anywhere rolls the whole batch back; folding is idempotent anyway.
 */
@ApplicationScoped
@Transactional
public class ProfileFolding {

    @PersistenceContext EntityManager em;
    @Inject EventJournal journal;
    @Inject ProfileStore profiles;
    @Inject IdentityLog identities;
    @Inject ObserveService observe;

    @Inject io.pagewright.learning.DecisionOutcomes outcomes;

    private final Profiler profiler = new Profiler(ProfileSettings.DEFAULT);

    /**
     * What a batch did.
     *
     * @param entries the journal rows folded
     * @param touched identifiers whose cached profile is now stale
     * @param identitiesChanged whether a merge or detachment happened (other identifiers moved)
     */
    public record Batch(
            List<JournalEntry> entries, Set<IdentityKey> touched, boolean identitiesChanged) {}

    /** Folds up to {@code limit} received events. */
    public Batch foldNext(int limit) {
        em.find(EventConsumerEntity.class, "fold", LockModeType.PESSIMISTIC_WRITE)
                .touch(Instant.now());
        List<JournalEntry> entries = journal.inStage(EventJournal.RECEIVED, limit);
        if (entries.isEmpty()) {
            observe.gate().foldBacklogSince(null);
            return new Batch(List.of(), Set.of(), false);
        }
        // The first entry is the oldest unfolded one: admission control sees the lag at once,
        // not only after this (possibly long) batch.
        observe.gate().foldBacklogSince(entries.getFirst().receivedAt());
        Map<String, Long> seqs = new HashMap<>();
        List<Event> events = new ArrayList<>(entries.size());
        Set<IdentityKey> touched = new HashSet<>();
        for (JournalEntry entry : entries) {
            Event event = Json.DOCUMENTS.readValue(entry.document(), Event.class);
            seqs.put(event.eventId(), entry.seq());
            events.add(event);
            touched.addAll(event.identity().keys());
        }
        KeptEvents kept = new KeptEvents();
        IngestionReceipt receipt =
                new EventIngestion(
                                profiles,
                                kept,
                                identities,
                                profiler,
                                AcceptanceWindow.DEFAULT,
                                Clock.systemUTC(),
                                ObserveService::newProfileId)
                        .ingest(events);
        Set<Long> dropped = new HashSet<>();
        seqs.forEach((id, seq) -> {
            if (!kept.contains(id)) {
                dropped.add(seq);
            }
        });
        outcomes.recordAll(events.stream().filter(e -> kept.contains(e.eventId())).toList());
        journal.advance(seqs.values(), dropped, EventJournal.FOLDED);
        return new Batch(entries, touched, !receipt.identityChanges().isEmpty());
    }
}
