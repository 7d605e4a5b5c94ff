package io.pagewright.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.pagewright.event.Event;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The ids of the events already folded into a profile, with when they occurred, so that a resent
 * event is ignored. Ids older than the acceptance window can be forgotten: such an event would be
 * refused before it reached the profile.
 *
 * <p>A profile holds hundreds of ids and every fold adds some, so they are kept as sorted arrays:
 * adding is two array copies and a lookup a binary search, where a copied hash map would dominate
 * the cost of a fold. Immutable; on the wire a map of id to occurred-at.
 */
public final class SeenEvents {

    public static final SeenEvents NONE = new SeenEvents(new String[0], new Instant[0]);

    private final String[] ids;
    private final Instant[] occurredAt;

    private SeenEvents(String[] ids, Instant[] occurredAt) {
        this.ids = ids;
        this.occurredAt = occurredAt;
    }

    @JsonCreator
    public static SeenEvents of(Map<String, Instant> byId) {
        SortedMap<String, Instant> sorted = new TreeMap<>(byId);
        return new SeenEvents(
                sorted.keySet().toArray(String[]::new), sorted.values().toArray(Instant[]::new));
    }

    /** The ids with when their events occurred, by id. */
    @JsonValue
    public SortedMap<String, Instant> byId() {
        SortedMap<String, Instant> byId = new TreeMap<>();
        for (int i = 0; i < ids.length; i++) {
            byId.put(ids[i], occurredAt[i]);
        }
        return byId;
    }

    public boolean contains(String eventId) {
        return Arrays.binarySearch(ids, eventId) >= 0;
    }

    public int size() {
        return ids.length;
    }

    /** These ids and those of the events; an id already here keeps its time. */
    SeenEvents withAll(Collection<? extends Event> events) {
        Event[] added = events.toArray(Event[]::new);
        Arrays.sort(added, Comparator.comparing(Event::eventId));
        String[] nextIds = new String[ids.length + added.length];
        Instant[] nextAt = new Instant[nextIds.length];
        int from = 0;
        int to = 0;
        for (Event event : added) {
            // A binary search and a block copy per new id: a fold adds few ids to many.
            int found = Arrays.binarySearch(ids, from, ids.length, event.eventId());
            int insertAt = found >= 0 ? found : -found - 1;
            System.arraycopy(ids, from, nextIds, to, insertAt - from);
            System.arraycopy(occurredAt, from, nextAt, to, insertAt - from);
            to += insertAt - from;
            from = insertAt;
            if (found < 0 && (to == 0 || !nextIds[to - 1].equals(event.eventId()))) {
                nextIds[to] = event.eventId();
                nextAt[to++] = event.occurredAt();
            }
        }
        System.arraycopy(ids, from, nextIds, to, ids.length - from);
        System.arraycopy(occurredAt, from, nextAt, to, ids.length - from);
        to += ids.length - from;
        return new SeenEvents(Arrays.copyOf(nextIds, to), Arrays.copyOf(nextAt, to));
    }

    /** The union; for an id in both, the earlier time (any order of merging gives the same). */
    SeenEvents union(SeenEvents other) {
        String[] mergedIds = new String[ids.length + other.ids.length];
        Instant[] mergedAt = new Instant[mergedIds.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < ids.length || j < other.ids.length) {
            int order =
                    i == ids.length
                            ? 1
                            : j == other.ids.length ? -1 : ids[i].compareTo(other.ids[j]);
            mergedIds[n] = order <= 0 ? ids[i] : other.ids[j];
            mergedAt[n++] =
                    order == 0
                            ? Instants.earlier(occurredAt[i++], other.occurredAt[j++])
                            : order < 0 ? occurredAt[i++] : other.occurredAt[j++];
        }
        return new SeenEvents(Arrays.copyOf(mergedIds, n), Arrays.copyOf(mergedAt, n));
    }

    SeenEvents forgetBefore(Instant horizon) {
        String[] keptIds = new String[ids.length];
        Instant[] keptAt = new Instant[ids.length];
        int n = 0;
        for (int i = 0; i < ids.length; i++) {
            if (!occurredAt[i].isBefore(horizon)) {
                keptIds[n] = ids[i];
                keptAt[n++] = occurredAt[i];
            }
        }
        return n == ids.length
                ? this
                : new SeenEvents(Arrays.copyOf(keptIds, n), Arrays.copyOf(keptAt, n));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeenEvents seen
                && Arrays.equals(ids, seen.ids)
                && Arrays.equals(occurredAt, seen.occurredAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(ids), Arrays.hashCode(occurredAt));
    }

    @Override
    public String toString() {
        return "SeenEvents" + byId();
    }
}
