package io.pagewright.publishing.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A review as stored: the whole {@code Review} as JSON, with stage and schedule as columns. */
@Entity
@Table(name = "review")
@IdClass(ReviewEntity.Key.class)
class ReviewEntity {

    @Id
    @Column(length = 16)
    String kind;

    @Id
    @Column(name = "object_key", length = 64)
    String objectKey;

    @Id long version;

    @Column(nullable = false, length = 16)
    String stage;

    @Column(name = "publish_at")
    Instant publishAt;

    @Column(name = "unpublish_at")
    Instant unpublishAt;

    @Column(nullable = false, length = 100_000)
    String document;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String kind;
        String objectKey;
        long version;

        Key() {}

        Key(String kind, String objectKey, long version) {
            this.kind = kind;
            this.objectKey = objectKey;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(kind, k.kind)
                    && Objects.equals(objectKey, k.objectKey)
                    && version == k.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, objectKey, version);
        }
    }
}
