package io.pagewright.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Discount cap: a variant whose offer takes more than {@code maxPercent} percent off is ineligible.
 * A mask: it never depends on what else is on the page.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DiscountCap(
        String id, List<String> surfaces, Optional<String> when, BigDecimal maxPercent)
        implements Rule {

    public DiscountCap {
        surfaces = Documents.list(surfaces);
        when = Documents.option(when);
    }
}
