package io.pagewright.content.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A component type; its field schema is stored as a JSON document. */
@Entity
@Table(name = "component_type")
class ComponentTypeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "type_key", nullable = false, updatable = false, length = 64)
    String key;

    @Column(nullable = false, length = 200)
    String name;

    @Column(nullable = false, length = 200_000)
    String document;

    @Column(nullable = false)
    long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
