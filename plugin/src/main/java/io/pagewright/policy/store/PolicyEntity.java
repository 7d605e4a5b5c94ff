package io.pagewright.policy.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The head of a policy: its key, its current version and the version the engine enforces. */
@Entity
@Table(name = "policy")
class PolicyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "policy_key", nullable = false, updatable = false, length = 64)
    String key;

    /** The current version; writers lock the row and compare it, so there is no lost update. */
    @Column(nullable = false)
    long version;

    @Column(name = "rule_count", nullable = false)
    int ruleCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "active_version")
    Long activeVersion;

    @Column(name = "activated_at")
    Instant activatedAt;
}
