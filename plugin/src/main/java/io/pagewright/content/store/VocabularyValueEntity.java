package io.pagewright.content.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One value of a vocabulary. */
@Entity
@Table(name = "vocabulary_value")
@IdClass(VocabularyValueEntity.Key.class)
class VocabularyValueEntity {

    @Id
    @Column(nullable = false, length = 32)
    String kind;

    @Id
    @Column(name = "value_key", nullable = false, length = 64)
    String value;

    @Column(length = 200)
    String label;

    @Column(nullable = false)
    boolean builtin;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    /** The composite key (kind, value). */
    static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String kind;
        String value;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(kind, k.kind)
                    && Objects.equals(value, k.value);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, value);
        }
    }
}
