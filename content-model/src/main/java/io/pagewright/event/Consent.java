package io.pagewright.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * {@code consent}: The visitor granted or withdrew consent for one purpose (e.g. {@code
 * personalization}).
 */
public record Consent(
        @NotNull @ExternalId String eventId,
        @NotNull Instant occurredAt,
        @NotNull @Valid Identity identity,
        @ExternalId String sessionId,
        @NotNull @Key String purpose,
        @NotNull ConsentStatus status)
        implements Event {}
