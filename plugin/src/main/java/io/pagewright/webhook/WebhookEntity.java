package io.pagewright.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A receiver of workflow notifications. */
@Entity
@Table(name = "webhook")
class WebhookEntity {

    @Id
    @Column(length = 40)
    String id;

    @Column(nullable = false, length = 2000)
    String url;

    @Column(nullable = false, length = 200)
    String secret;

    /** Comma-separated event types, or {@code *} for all. */
    @Column(nullable = false, length = 1000)
    String events;

    @Column(nullable = false)
    boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    String createdBy;

    @Version
    @Column(nullable = false)
    long version;
}
