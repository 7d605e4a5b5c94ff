package io.pagewright.profile.store;

import java.time.Instant;

/**
 * One row of the event journal as a consumer reads it.
 *
 * @param seq the journal position (append order)
 * @param document the event as JSON, or null when privacy dropped it after folding
 */
public record JournalEntry(
        long seq, String eventId, Instant occurredAt, Instant receivedAt, String document) {}
