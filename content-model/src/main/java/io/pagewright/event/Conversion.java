package io.pagewright.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** {@code conversion}: A goal was reached after a decision, attributed to that decision. */
public record Conversion(
        @NotNull @ExternalId String eventId,
        @NotNull Instant occurredAt,
        @NotNull @Valid Identity identity,
        @ExternalId String sessionId,
        @NotNull @ExternalId String decisionId,
        @NotNull @Key String goal,
        @Valid Money value)
        implements Event {}
