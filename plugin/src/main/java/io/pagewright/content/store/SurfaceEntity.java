package io.pagewright.content.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The head of a surface: its key, its current version and what the list shows. */
@Entity
@Table(name = "surface")
class SurfaceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "surface_key", nullable = false, updatable = false, length = 64)
    String key;

    @Column(nullable = false, length = 200)
    String name;

    @Column(nullable = false, length = 16)
    String channel;

    /** The current version; writers lock the row and compare it, so there is no lost update. */
    @Column(nullable = false)
    long version;

    @Column(name = "slot_count", nullable = false)
    int slotCount;

    @Column(name = "variant_count", nullable = false)
    int variantCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "published_at")
    Instant publishedAt;

    @Column(name = "published_version")
    Long publishedVersion;
}
