package io.pagewright.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One notification to one webhook, with the outcome of its latest attempt. */
@Entity
@Table(name = "webhook_delivery")
class WebhookDeliveryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "webhook_id", nullable = false, length = 40)
    String webhookId;

    @Column(name = "event_id", nullable = false, length = 40)
    String eventId;

    @Column(name = "event_type", nullable = false, length = 60)
    String eventType;

    @Column(nullable = false, length = 100_000)
    String payload;

    /** pending, delivered or failed (gave up). */
    @Column(nullable = false, length = 16)
    String status;

    @Column(nullable = false)
    int attempts;

    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;

    @Column(name = "last_status")
    Integer lastStatus;

    @Column(name = "last_error", length = 1000)
    String lastError;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "delivered_at")
    Instant deliveredAt;
}
