package io.pagewright.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit trail; written once, never updated. */
@Entity
@Table(name = "audit_entry")
class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    Instant recordedAt;

    @Column(nullable = false, updatable = false, length = 64)
    String actor;

    @Column(nullable = false, updatable = false, length = 40)
    String action;

    @Column(name = "object_kind", nullable = false, updatable = false, length = 24)
    String objectKind;

    @Column(name = "object_key", nullable = false, updatable = false, length = 200)
    String objectKey;

    @Column(updatable = false)
    Long version;

    @Column(updatable = false, length = 2000)
    String comment;

    @Column(nullable = false, updatable = false, length = 1_000_000)
    String changes;
}
