package io.pagewright.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** {@code remove_from_cart}: Units of a product were taken out of the cart. */
public record RemoveFromCart(
        @NotNull @ExternalId String eventId,
        @NotNull Instant occurredAt,
        @NotNull @Valid Identity identity,
        @ExternalId String sessionId,
        @NotNull @ExternalId String productId,
        @NotNull @Min(1) @Max(9999) Integer quantity)
        implements Event {}
