package io.pagewright.profile.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One merge or detachment of identities, logged for audit. */
@Entity
@Table(name = "identity_change")
class IdentityChangeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "profile_id", nullable = false, length = 64)
    String profileId;

    @Column(nullable = false, length = 100_000)
    String document;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;
}
