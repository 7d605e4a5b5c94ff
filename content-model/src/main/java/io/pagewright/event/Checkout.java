package io.pagewright.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** {@code checkout}: The visitor started checkout. */
public record Checkout(
        @NotNull @ExternalId String eventId,
        @NotNull Instant occurredAt,
        @NotNull @Valid Identity identity,
        @ExternalId String sessionId,
        @Valid Money cartValue)
        implements Event {}
