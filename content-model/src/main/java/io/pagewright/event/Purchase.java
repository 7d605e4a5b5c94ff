package io.pagewright.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@code purchase}: An order was placed; it empties the cart and adds to the visitor's value. */
public record Purchase(
        @NotNull @ExternalId String eventId,
        @NotNull Instant occurredAt,
        @NotNull @Valid Identity identity,
        @ExternalId String sessionId,
        @NotNull @ExternalId String orderId,
        @NotNull @Valid Money value,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid LineItem> items)
        implements Event {

    public Purchase {
        // Null elements are kept so Bean Validation reports them by index.
        items = items == null ? null : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
