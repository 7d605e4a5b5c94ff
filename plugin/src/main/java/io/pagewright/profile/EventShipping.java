package io.pagewright.profile;

import io.pagewright.profile.store.EventConsumerEntity;
import io.pagewright.profile.store.EventJournal;
import io.pagewright.profile.store.JournalEntry;
import io.pagewright.search.ElasticsearchEventIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One micro-batch of the ship consumer, in one transaction: lock the consumer row, send the oldest
 * folded events to Elasticsearch in one bulk request, mark them done. If Elasticsearch fails, the
 * batch rolls back and is sent again later (documents have the event id as id).
 */
@ApplicationScoped
@Transactional
public class EventShipping {

    @PersistenceContext EntityManager em;
    @Inject EventJournal journal;
    @Inject ElasticsearchEventIndex index;

    /** Ships up to {@code limit} folded events; returns them. */
    public List<JournalEntry> shipNext(int limit) {
        em.find(EventConsumerEntity.class, "ship", LockModeType.PESSIMISTIC_WRITE)
                .touch(Instant.now());
        List<JournalEntry> entries = journal.inStage(EventJournal.FOLDED, limit);
        if (entries.isEmpty()) {
            return entries;
        }
        try {
            index.store(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        journal.advance(
                entries.stream().map(JournalEntry::seq).toList(), Set.of(), EventJournal.DONE);
        return entries;
    }
}
