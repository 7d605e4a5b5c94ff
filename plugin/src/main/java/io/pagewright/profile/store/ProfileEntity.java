package io.pagewright.profile.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A profile as a versioned JSON document. */
@Entity
@Table(name = "visitor_profile")
class ProfileEntity {
    @Id
    @Column(name = "profile_id", length = 64)
    String id;

    @Column(nullable = false)
    long version;

    @Column(nullable = false, length = 1_000_000)
    String document;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
