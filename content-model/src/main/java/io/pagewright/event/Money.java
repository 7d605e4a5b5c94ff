package io.pagewright.event;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** An amount of money in an ISO 4217 currency. Amounts are never negative. */
public record Money(
        @NotNull
                @PositiveOrZero
                @Digits(
                        integer = 12,
                        fraction = 4,
                        message = "must have at most 12 digits before and 4 after the point")
                BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
                String currency) {

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}
