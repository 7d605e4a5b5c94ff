package io.pagewright.policy;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored version of a policy document, with its history facts: when the policy was created,
 * when this version was written and why, and which version is active (enforced) now.
 */
public record StoredPolicy(
        Policy document,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String comment,
        Optional<Long> activeVersion,
        Optional<Instant> activatedAt) {

    public StoredPolicy {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(activeVersion, "activeVersion");
        Objects.requireNonNull(activatedAt, "activatedAt");
    }

    public String key() {
        return document.key();
    }
}
