package io.pagewright.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** {@code feature_used}: A product feature was used (SaaS); feeds activation and at-risk. */
public record FeatureUsed(
        @NotNull @ExternalId String eventId,
        @NotNull Instant occurredAt,
        @NotNull @Valid Identity identity,
        @ExternalId String sessionId,
        @NotNull @Key String feature)
        implements Event {}
