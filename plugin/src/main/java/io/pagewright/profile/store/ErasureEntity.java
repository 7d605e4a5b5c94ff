package io.pagewright.profile.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The record of one erase: who, when, how much, and fingerprints of the identifiers. */
@Entity
@Table(name = "erasure")
public class ErasureEntity {
    @Id
    @Column(name = "erasure_id", length = 36)
    public String id;

    @Column(name = "erased_at", nullable = false)
    public Instant erasedAt;

    @Column(name = "erased_by", nullable = false, length = 200)
    public String erasedBy;

    @Column(name = "identity_fingerprints", nullable = false, length = 4000)
    public String identityFingerprints;

    @Column(nullable = false)
    public int profiles;

    @Column(nullable = false)
    public int events;

    @Column(name = "index_erased_at")
    public Instant indexErasedAt;

    /** The identifiers, kept only until their events are gone from Elasticsearch too. */
    @Column(name = "pending_identities", length = 4000)
    public String pendingIdentities;
}
