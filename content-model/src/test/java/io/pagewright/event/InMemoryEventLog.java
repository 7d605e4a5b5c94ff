package io.pagewright.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An {@link EventLog} in a map, for tests. */
public final class InMemoryEventLog implements EventLog {

    private final Map<String, Event> byId = new LinkedHashMap<>();

    @Override
    public synchronized List<Event> append(List<Event> events) {
        List<Event> appended = new ArrayList<>();
        for (Event event : events) {
            if (byId.putIfAbsent(event.eventId(), event) == null) {
                appended.add(event);
            }
        }
        return appended;
    }

    @Override
    public synchronized boolean contains(String eventId) {
        return byId.containsKey(eventId);
    }

    public synchronized List<Event> all() {
        return List.copyOf(byId.values());
    }
}
