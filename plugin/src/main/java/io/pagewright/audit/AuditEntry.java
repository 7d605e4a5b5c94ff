package io.pagewright.audit;

import java.time.Instant;
import java.util.List;

/**
 * One recorded change or workflow action: who, when, what (the changed paths with their values
 * before and after), on which object and version, and why.
 */
public record AuditEntry(
        long id,
        Instant at,
        String actor,
        String action,
        String objectKind,
        String objectKey,
        Long version,
        String comment,
        List<JsonDiff.Change> changes) {}
