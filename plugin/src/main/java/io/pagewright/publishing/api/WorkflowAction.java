package io.pagewright.publishing.api;

import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The optional body of a workflow action: why (required to reject), and for publishing, when to go
 * live and when to come off again.
 */
public record WorkflowAction(
        @Size(max = 1000, message = "must be at most 1000 characters") String comment,
        Instant publishAt,
        Instant unpublishAt) {

    static final WorkflowAction NONE = new WorkflowAction(null, null, null);
}
