package io.pagewright.profile.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An accepted event, kept by its client-generated id so a resend is recognized. */
@Entity
@Table(name = "visitor_event")
class VisitorEventEntity {
    @Id
    @Column(name = "event_id", length = 100)
    String id;

    @Column(name = "event_type", nullable = false, length = 40)
    String type;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(name = "received_at", nullable = false)
    Instant receivedAt;

    @Column(nullable = false, length = 100_000)
    String document;
}
