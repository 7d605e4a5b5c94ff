package io.pagewright.profile.store;

import io.pagewright.event.Event;
import io.pagewright.event.EventLog;
import io.pagewright.platform.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Accepted events in the database, once each: a resent event id is not stored again. */
@ApplicationScoped
@Transactional
public class JpaEventLog implements EventLog {

    @PersistenceContext EntityManager em;

    @Override
    public List<Event> append(List<Event> events) {
        List<Event> added = new ArrayList<>();
        Set<String> inBatch = new HashSet<>();
        Instant now = Instant.now();
        for (Event event : events) {
            if (!inBatch.add(event.eventId()) || contains(event.eventId())) {
                continue;
            }
            VisitorEventEntity entity = new VisitorEventEntity();
            entity.id = event.eventId();
            entity.type = event.type().wireName();
            entity.occurredAt = event.occurredAt();
            entity.receivedAt = now;
            entity.document = Json.DOCUMENTS.writeValueAsString(event);
            em.persist(entity);
            added.add(event);
        }
        return added;
    }

    @Override
    public boolean contains(String eventId) {
        return em.find(VisitorEventEntity.class, eventId) != null;
    }
}
