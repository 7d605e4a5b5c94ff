package io.pagewright.profile;

import io.pagewright.event.Event;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A value that the most recent event sets (a last-writer-wins register): the event that occurred
 * last wins, ties broken by event id, so the winner does not depend on arrival order.
 */
public record Latest<T>(T value, Instant at, String eventId) {

    private static final Comparator<Latest<?>> ORDER =
            Comparator.<Latest<?>, Instant>comparing(Latest::at).thenComparing(Latest::eventId);

    public Latest {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(eventId, "eventId");
    }

    static <T> Latest<T> of(T value, Event event) {
        return new Latest<>(value, event.occurredAt(), event.eventId());
    }

    /** The later of two registers, either of which may be null. */
    static <T> Latest<T> later(Latest<T> a, Latest<T> b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return ORDER.compare(a, b) >= 0 ? a : b;
    }

    /** Sets the register from an event when the event is later; a null value leaves it as it is. */
    static <T> Latest<T> update(Latest<T> current, T value, Event event) {
        return value == null ? current : later(current, of(value, event));
    }

    static <T> T valueOf(Latest<T> register) {
        return register == null ? null : register.value();
    }
}
