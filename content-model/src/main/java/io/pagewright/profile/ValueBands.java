package io.pagewright.profile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Lifetime value bands in one currency, in increasing order. Only purchases in that currency count
 * towards the band (converting is the adapters' business); a visitor who never bought has none.
 */
public record ValueBands(String currency, List<ValueBand> bands) {

    public ValueBands {
        Objects.requireNonNull(currency, "currency");
        bands = List.copyOf(bands);
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).from().compareTo(bands.get(i - 1).from()) <= 0) {
                throw new IllegalArgumentException("bands must start at increasing amounts");
            }
        }
    }

    public Optional<String> band(Value value) {
        if (value.purchaseCount() == 0) {
            return Optional.empty();
        }
        BigDecimal amount = value.lifetimeValue(currency).orElse(BigDecimal.ZERO);
        String band = null;
        for (ValueBand candidate : bands) {
            if (candidate.from().compareTo(amount) <= 0) {
                band = candidate.name();
            }
        }
        return Optional.ofNullable(band);
    }
}
