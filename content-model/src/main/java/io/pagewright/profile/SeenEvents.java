package io.pagewright.profile;

import io.pagewright.event.Event;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The ids of the events already folded into a profile, with when they occurred, so that a resent
 * event is ignored. Ids older than the acceptance window can be forgotten: such an event would be
 * refused before it reached the profile.
 */
public record SeenEvents(Map<String, Instant> byId) {

    public static final SeenEvents NONE = new SeenEvents(Map.of());

    public SeenEvents {
        // Can hold thousands of ids; a hash map keeps copies and lookups cheap.
        byId = Collections.unmodifiableMap(new HashMap<>(byId));
    }

    public boolean contains(String eventId) {
        return byId.containsKey(eventId);
    }

    public int size() {
        return byId.size();
    }

    SeenEvents withAll(Collection<? extends Event> events) {
        Map<String, Instant> copy = new HashMap<>(byId);
        events.forEach(event -> copy.putIfAbsent(event.eventId(), event.occurredAt()));
        return new SeenEvents(copy);
    }

    SeenEvents merge(SeenEvents other) {
        Map<String, Instant> union = new HashMap<>(byId);
        union.putAll(other.byId);
        return new SeenEvents(union);
    }

    SeenEvents forgetBefore(Instant horizon) {
        Map<String, Instant> kept = new HashMap<>(byId);
        kept.values().removeIf(at -> at.isBefore(horizon));
        return kept.size() == byId.size() ? this : new SeenEvents(kept);
    }
}
