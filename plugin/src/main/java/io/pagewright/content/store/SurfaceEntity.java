package io.pagewright.content.store;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    @Version
    @Column(nullable = false)
    long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "published_at")
    Instant publishedAt;

    @OneToMany(mappedBy = "surface", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<SlotEntity> slots = new ArrayList<>();
}
