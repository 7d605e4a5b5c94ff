package io.pagewright.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where policy documents live: one head per policy and one immutable document per version. Writers
 * of one policy are serialized; a write based on an older version fails with {@link
 * io.pagewright.content.StaleVersionException}.
 */
public interface PolicyStore {

    /** Stores version 1 of a new policy; fails with {@link PolicyExistsException} if taken. */
    StoredPolicy create(Policy document, String comment);

    /** Stores {@code document} as version {@code expectedVersion + 1}; empty if no such policy. */
    Optional<StoredPolicy> update(
            String key, long expectedVersion, Policy document, String comment);

    /** The current version. */
    Optional<StoredPolicy> find(String key);

    /**
     * The current version, with the policy's head locked until the caller's transaction ends:
     * activating the policy and publishing its surface take this lock, so their checks of each
     * other see committed state and cannot pass side by side.
     */
    Optional<StoredPolicy> findForUpdate(String key);

    Optional<StoredPolicy> findVersion(String key, long version);

    /** The history, newest first. */
    List<PolicyVersionSummary> versions(String key);

    List<PolicySummary> list();

    /** Makes {@code version} the active one; the caller has checked that it exists. */
    void activate(String key, long version, Instant at);

    /** The active version of every policy that has one, with its document. */
    List<Policy> active();
}
