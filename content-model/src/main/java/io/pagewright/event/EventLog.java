package io.pagewright.event;

import java.util.List;

/**
 * The durable record of accepted events, keyed by event id. Appending is idempotent: an event whose
 * id is already in the log is not appended again, even if its content differs (the first version
 * wins), so a client may resend a batch as often as it likes. Ids must be remembered at least as
 * long as the {@link AcceptanceWindow} accepts resends of them.
 */
public interface EventLog {

    /**
     * Appends the events not yet in the log, in the given order.
     *
     * @return the events that were new, in the given order; duplicates within {@code events} count
     *     once
     */
    List<Event> append(List<Event> events);

    /** True when an event with this id is in the log. */
    boolean contains(String eventId);
}
