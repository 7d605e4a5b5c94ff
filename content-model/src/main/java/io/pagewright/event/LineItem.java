package io.pagewright.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One line of an order: a product, its category when known, the quantity and the unit price. */
public record LineItem(
        @NotNull @ExternalId String productId,
        @Key String category,
        @NotNull @Min(1) @Max(9999) Integer quantity,
        @Valid Money unitPrice) {}
