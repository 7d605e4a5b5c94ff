package io.pagewright.security.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A frontend's credential: the key id is public, only the secret's SHA-256 is kept. */
@Entity
@Table(name = "delivery_key")
public class DeliveryKeyEntity {

    @Id
    @Column(name = "key_id", length = 40)
    public String keyId;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "secret_hash", nullable = false, length = 64)
    public String secretHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    public String createdBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    public String revokedBy;
}
