package io.pagewright.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** {@code add_to_cart}: Units of a product were put in the cart. */
public record AddToCart(
        @NotNull @ExternalId String eventId,
        @NotNull Instant occurredAt,
        @NotNull @Valid Identity identity,
        @ExternalId String sessionId,
        @NotNull @ExternalId String productId,
        @Key String category,
        @NotNull @Min(1) @Max(9999) Integer quantity,
        @Valid Money unitPrice)
        implements Event {}
