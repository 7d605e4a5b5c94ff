package io.pagewright.profile;

import io.pagewright.event.Event;
import io.pagewright.event.EventType;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A tally per event type: how often, first and last. Rules over recent behavior read it. */
public record Activity(Map<EventType, Tally> byType) {

    public static final Activity NONE = new Activity(Map.of());

    public Activity {
        byType = Maps.sorted(byType);
    }

    public Optional<Tally> of(EventType type) {
        return Optional.ofNullable(byType.get(type));
    }

    /** How many events of any of these types there were. */
    public long count(Collection<EventType> types) {
        long count = 0;
        for (EventType type : types) {
            Tally tally = byType.get(type);
            count += tally == null ? 0 : tally.count();
        }
        return count;
    }

    /** When the latest event of any of these types occurred. */
    public Optional<Instant> lastAt(Collection<EventType> types) {
        Instant last = null;
        for (EventType type : types) {
            Tally tally = byType.get(type);
            if (tally != null && (last == null || tally.last().isAfter(last))) {
                last = tally.last();
            }
        }
        return Optional.ofNullable(last);
    }

    Activity record(Event event) {
        EventType type = event.type();
        Tally next = Tally.plus(byType.get(type), Tally.once(event.occurredAt()));
        return new Activity(Maps.with(byType, type, next));
    }

    Activity merge(Activity other) {
        return new Activity(Maps.union(byType, other.byType, Tally::plus));
    }

    Activity essentialOnly() {
        Map<EventType, Tally> kept = new TreeMap<>(byType);
        kept.keySet().retainAll(Privacy.ESSENTIAL);
        return kept.size() == byType.size() ? this : new Activity(kept);
    }
}
