package io.pagewright.profile;

import io.pagewright.event.Event;
import io.pagewright.event.EventLog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The event log as folding sees it: every event is already durable in the journal, so this only
 * notes which events privacy lets the journal keep after folding (the rest lose their document).
 */
final class KeptEvents implements EventLog {

    private final Set<String> kept = new HashSet<>();

    @Override
    public List<Event> append(List<Event> events) {
        List<Event> added = new ArrayList<>();
        for (Event event : events) {
            if (kept.add(event.eventId())) {
                added.add(event);
            }
        }
        return added;
    }

    @Override
    public boolean contains(String eventId) {
        return kept.contains(eventId);
    }
}
