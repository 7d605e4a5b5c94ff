package io.pagewright.profile;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/** One product view kept in a profile. */
public record ViewedProduct(String productId, String category, Instant at, String eventId) {

    /** Latest first; the event id breaks ties so that the order never depends on arrival. */
    static final Comparator<ViewedProduct> LATEST_FIRST =
            Comparator.comparing(ViewedProduct::at)
                    .thenComparing(ViewedProduct::eventId)
                    .reversed();

    public ViewedProduct {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(eventId, "eventId");
    }
}
