package io.pagewright.profile;

import java.math.BigDecimal;
import java.util.Objects;

/** A lifetime value band: {@code name} from {@code from} (inclusive) up to the next band. */
public record ValueBand(String name, BigDecimal from) {

    public ValueBand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        if (from.signum() < 0) {
            throw new IllegalArgumentException("a band starts at 0 or more, was " + from);
        }
    }
}
