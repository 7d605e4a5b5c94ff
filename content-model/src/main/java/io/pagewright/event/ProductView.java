package io.pagewright.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** {@code product_view}: A product detail was shown; feeds recent views and category affinity. */
public record ProductView(
        @NotNull @ExternalId String eventId,
        @NotNull Instant occurredAt,
        @NotNull @Valid Identity identity,
        @ExternalId String sessionId,
        @NotNull @ExternalId String productId,
        @NotNull @Key String category,
        @Valid Money price)
        implements Event {}
