package io.pagewright.content.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of a surface: the whole definition as a JSON document. Never changed once written.
 */
@Entity
@Table(name = "surface_version")
@IdClass(SurfaceVersionEntity.Key.class)
class SurfaceVersionEntity {

    @Id
    @Column(name = "surface_id", nullable = false)
    Long surfaceId;

    @Id
    @Column(nullable = false)
    long version;

    @Column(nullable = false, length = 1_000_000)
    String document;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(length = 1000)
    String comment;

    /** Who wrote this version; null for versions written before sign-in existed. */
    @Column(length = 64)
    String author;

    /** The composite key (surface, version). */
    static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        Long surfaceId;
        long version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(surfaceId, k.surfaceId)
                    && version == k.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(surfaceId, version);
        }
    }
}
