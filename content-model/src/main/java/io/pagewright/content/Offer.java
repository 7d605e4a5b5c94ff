package io.pagewright.content;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * The offer a variant makes, if any: its type (for example {@code discount}, {@code free-shipping},
 * {@code loyalty-bonus}), for discounts the percentage off, and optionally a margin class (for
 * example {@code low}, {@code standard}, {@code high}) that objectives can weigh.
 */
public record Offer(
        @NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String type,
        @DecimalMin(value = "0", message = "must be between 0 and 100")
                @DecimalMax(value = "100", message = "must be between 0 and 100")
                @Digits(integer = 3, fraction = 2)
                BigDecimal discountPercent,
        @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String marginClass) {

    public static final String DISCOUNT = "discount";

    /** An offer without a discount or margin class. */
    public static Offer of(String type) {
        return new Offer(type, null, null);
    }

    public static Offer discount(BigDecimal percent) {
        return new Offer(DISCOUNT, percent, null);
    }
}
