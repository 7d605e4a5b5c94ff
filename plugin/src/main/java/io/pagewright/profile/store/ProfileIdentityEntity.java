package io.pagewright.profile.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One identifier (cookie id, user id, email hash, device id) that leads to a profile. */
@Entity
@Table(name = "profile_identity")
@IdClass(ProfileIdentityEntity.Key.class)
class ProfileIdentityEntity {
    @Id
    @Column(length = 16)
    String kind;

    @Id
    @Column(name = "identity_value", length = 200)
    String value;

    @Id
    @Column(name = "profile_id", length = 64)
    String profileId;

    /** The composite key. */
    static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String kind;
        String value;
        String profileId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(kind, k.kind)
                    && Objects.equals(value, k.value)
                    && Objects.equals(profileId, k.profileId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, value, profileId);
        }
    }
}
