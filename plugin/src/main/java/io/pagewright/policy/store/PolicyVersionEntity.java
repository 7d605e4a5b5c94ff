package io.pagewright.policy.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One version of a policy: the whole document as JSON. Never changed once written. */
@Entity
@Table(name = "policy_version")
@IdClass(PolicyVersionEntity.Key.class)
class PolicyVersionEntity {

    @Id
    @Column(name = "policy_id", nullable = false)
    Long policyId;

    @Id
    @Column(nullable = false)
    long version;

    @Column(nullable = false, length = 1_000_000)
    String document;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(length = 1000)
    String comment;

    /** The composite key (policy, version). */
    static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        Long policyId;
        long version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(policyId, k.policyId)
                    && version == k.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(policyId, version);
        }
    }
}
