package io.pagewright.catalog;

import io.pagewright.content.Keys;
import io.pagewright.event.ExternalId;
import io.pagewright.event.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A product of the catalog that recommendation rails are filled from. The id is the shop's own
 * product id (the one its events name); {@code complements} are the categories that go well with it
 * (what "complementary to the last purchase" recommends); {@code popularity} is the shop's own rank
 * signal (higher first), and {@code trend} the engine's, from recent views, carts and purchases. An
 * unavailable item is kept but never recommended.
 */
public record CatalogItem(
        @NotNull @ExternalId String id,
        @NotBlank @Size(max = 300) String title,
        @NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String category,
        @Valid Money price,
        @Size(max = 2048) String url,
        @Size(max = 2048) String imageUrl,
        @Size(max = 20)
                List<@NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String>
                        complements,
        @PositiveOrZero Double popularity,
        Double trend,
        Boolean available) {

    public CatalogItem {
        complements =
                complements == null
                        ? List.of()
                        : java.util.Collections.unmodifiableList(
                                new java.util.ArrayList<>(complements));
        popularity = popularity == null ? 0.0 : popularity;
        trend = trend == null ? 0.0 : trend;
        available = available == null || available;
    }

    /** Whether a rail may show it. */
    public boolean recommendable() {
        return available;
    }
}
