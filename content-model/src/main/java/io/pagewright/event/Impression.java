package io.pagewright.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * {@code impression}: A decided variant was shown; counted for frequency caps even without
 * personalization consent.
 */
public record Impression(
        @NotNull @ExternalId String eventId,
        @NotNull Instant occurredAt,
        @NotNull @Valid Identity identity,
        @ExternalId String sessionId,
        @NotNull @ExternalId String decisionId,
        @NotNull @Key String slot,
        @NotNull @Key String variant)
        implements Event {}
