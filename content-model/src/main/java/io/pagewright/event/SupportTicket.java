package io.pagewright.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** {@code support_ticket}: A support ticket was opened. */
public record SupportTicket(
        @NotNull @ExternalId String eventId,
        @NotNull Instant occurredAt,
        @NotNull @Valid Identity identity,
        @ExternalId String sessionId,
        @NotNull @Key String topic)
        implements Event {}
