package io.pagewright.policy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Optional;

/**
 * One typed guardrail of a policy. Every rule has an author-chosen {@code id} (stable across
 * versions, recorded with every candidate it removes), the {@code surfaces} it covers (empty: all)
 * and the segment it covers: {@code when}, a predicate over the visitor's profile in the text
 * syntax of {@link io.pagewright.policy.predicate.PredicateParser} (absent: every visitor).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DiscountCap.class, name = "discount-cap"),
    @JsonSubTypes.Type(value = OfferBudget.class, name = "offer-budget"),
    @JsonSubTypes.Type(value = ExclusiveOffers.class, name = "exclusive-offers"),
    @JsonSubTypes.Type(value = FrequencyCap.class, name = "frequency-cap"),
    @JsonSubTypes.Type(value = PromptBudget.class, name = "prompt-budget"),
    @JsonSubTypes.Type(value = Exclusion.class, name = "exclusion"),
    @JsonSubTypes.Type(value = RequiredCompanion.class, name = "required-companion"),
    @JsonSubTypes.Type(value = ConsentRequired.class, name = "consent-required"),
    @JsonSubTypes.Type(value = DataResidency.class, name = "data-residency"),
    @JsonSubTypes.Type(value = ObjectiveWeighting.class, name = "objective")
})
public sealed interface Rule
        permits DiscountCap,
                OfferBudget,
                ExclusiveOffers,
                FrequencyCap,
                PromptBudget,
                Exclusion,
                RequiredCompanion,
                ConsentRequired,
                DataResidency,
                ObjectiveWeighting {

    String id();

    List<String> surfaces();

    Optional<String> when();
}
