package io.pagewright.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** {@code click}: A decided variant was clicked. */
public record Click(
        @NotNull @ExternalId String eventId,
        @NotNull Instant occurredAt,
        @NotNull @Valid Identity identity,
        @ExternalId String sessionId,
        @NotNull @ExternalId String decisionId,
        @NotNull @Key String slot,
        @NotNull @Key String variant)
        implements Event {}
