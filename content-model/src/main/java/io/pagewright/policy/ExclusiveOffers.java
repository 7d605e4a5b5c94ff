package io.pagewright.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * Mutually exclusive offer types: a page carries offers of at most one of {@code offerTypes}. Once
 * a slot shows one of them, later slots may not show another (several offers of the same type are
 * the business of an {@link OfferBudget}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ExclusiveOffers(
        String id, List<String> surfaces, Optional<String> when, List<String> offerTypes)
        implements Rule {

    public ExclusiveOffers {
        surfaces = Documents.list(surfaces);
        when = Documents.option(when);
        offerTypes = Documents.list(offerTypes);
    }
}
