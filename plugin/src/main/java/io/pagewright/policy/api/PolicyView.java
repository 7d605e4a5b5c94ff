package io.pagewright.policy.api;

import io.pagewright.policy.Rule;
import io.pagewright.policy.StoredPolicy;
import java.time.Instant;
import java.util.List;

/**
 * One version of a policy as the API shows it: the document (key, version, rules) plus when it was
 * created and written, the comment, and which version is active.
 */
public record PolicyView(
        String key,
        long version,
        List<Rule> rules,
        String comment,
        Instant createdAt,
        Instant updatedAt,
        Long activeVersion,
        Instant activatedAt,
        boolean active) {

    static PolicyView of(StoredPolicy p) {
        return new PolicyView(
                p.key(),
                p.version(),
                p.document().rules(),
                p.comment(),
                p.createdAt(),
                p.updatedAt(),
                p.activeVersion().orElse(null),
                p.activatedAt().orElse(null),
                p.activeVersion().filter(v -> v == p.version()).isPresent());
    }
}
