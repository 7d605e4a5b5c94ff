package io.pagewright.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * Offer budget: at most {@code maxPerPage} offers of {@code offerType} on one page and at most
 * {@code maxPerSession} in the visitor's session, this page included. Without {@code offerType} it
 * counts offers of every type; either limit may be absent, not both.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OfferBudget(
        String id,
        List<String> surfaces,
        Optional<String> when,
        Optional<String> offerType,
        Integer maxPerPage,
        Integer maxPerSession)
        implements Rule {

    public OfferBudget {
        surfaces = Documents.list(surfaces);
        when = Documents.option(when);
        offerType = Documents.option(offerType);
    }
}
