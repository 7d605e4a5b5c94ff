package io.pagewright.profile;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/** Units of a product put into (positive delta) or taken out of (negative) the cart. */
public record CartChange(String productId, int delta, Instant at, String eventId) {

    static final Comparator<CartChange> LATEST_FIRST =
            Comparator.comparing(CartChange::at).thenComparing(CartChange::eventId).reversed();

    public CartChange {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(eventId, "eventId");
        if (delta == 0) {
            throw new IllegalArgumentException("a cart change moves at least one unit");
        }
    }
}
