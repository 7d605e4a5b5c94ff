package io.pagewright.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A pending index write for one version of one surface. */
@Entity
@Table(name = "index_outbox")
class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    /**
     * {@code publish}: update the published snapshot; {@code content}: update the editors' index;
     * {@code remove}: delete the surface's documents from both.
     */
    @Column(nullable = false, length = 16)
    String operation;

    @Column(name = "surface_key", nullable = false, length = 64)
    String surfaceKey;

    @Column(name = "surface_version", nullable = false)
    long surfaceVersion;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(nullable = false)
    int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    String lastError;
}
