package io.pagewright.content;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * The offer a variant makes, if any: its type (for example {@code discount}, {@code free-shipping},
 * {@code loyalty-bonus}) and, for discounts, the percentage off.
 */
public record Offer(
        @NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String type,
        @DecimalMin(value = "0", message = "must be between 0 and 100")
                @DecimalMax(value = "100", message = "must be between 0 and 100")
                @Digits(integer = 3, fraction = 2)
                BigDecimal discountPercent) {}
