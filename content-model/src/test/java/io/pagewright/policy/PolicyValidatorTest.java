package io.pagewright.policy;

import static io.pagewright.policy.Fixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pagewright.policy.predicate.FieldCatalog;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PolicyValidatorTest {

    private final PolicyValidator validator = new PolicyValidator(FieldCatalog.defaults());

    private List<PolicyError> validate(Rule... rules) {
        return validator.validate(new Policy("p", 1L, List.of(rules)));
    }

    @Test
    void theDemoPoliciesAreValid() {
        assertThat(
                        validator.validate(
                                JSON.readValue(DemoPolicies.ECOMMERCE_HOMEPAGE, Policy.class)))
                .isEmpty();
        assertThat(validator.validate(JSON.readValue(DemoPolicies.SAAS_ONBOARDING, Policy.class)))
                .isEmpty();
    }

    @Test
    void theDocumentItselfNeedsAKeyAndAVersion() {
        assertThat(validator.validate(new Policy("Bad Key", 0L, null)))
                .extracting(PolicyError::field)
                .containsExactly("key", "version");
    }

    @Test
    void outOfRangeNumbersAndMissingValuesPointAtTheirField() {
        assertThat(
                        validate(
                                new DiscountCap(
                                        "cap", List.of(), Optional.empty(), new BigDecimal("120")),
                                new OfferBudget(
                                        "budget",
                                        List.of(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        -1,
                                        null),
                                new FrequencyCap(
                                        "freq",
                                        List.of(),
                                        Optional.empty(),
                                        null,
                                        "promo",
                                        null,
                                        Window.DAY),
                                new OfferBudget(
                                        "nothing",
                                        List.of(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        null,
                                        null)))
                .containsExactly(
                        PolicyError.at("rules[0].maxPercent", "must be between 0 and 100, not 120"),
                        PolicyError.at("rules[1].maxPerPage", "must be 0 or more, not -1"),
                        PolicyError.at("rules[2].subject", "is required"),
                        PolicyError.at("rules[2].max", "is required"),
                        PolicyError.at("rules[3]", "needs maxPerPage, maxPerSession or both"));
    }

    @Test
    void aPredicateMistakeCarriesItsPosition() {
        List<PolicyError> errors =
                validate(
                        Fixtures.exclusion(
                                "minors",
                                "region == \"eu\" and agebnd == \"under-18\"",
                                VariantSelector.categories("alcohol")));

        assertThat(errors)
                .containsExactly(
                        new PolicyError(
                                "rules[0].when",
                                "unknown attribute 'agebnd' (did you mean 'ageBand'?)",
                                OptionalInt.of(19)));
    }

    @Test
    void duplicateIdsAndBadKeysAreReported() {
        assertThat(
                        validate(
                                Fixtures.discountCap("cap", 10),
                                Fixtures.discountCap("cap", 20),
                                Fixtures.discountCap("Cap!", 5)))
                .extracting(PolicyError::toString)
                .containsExactly(
                        "rules[1].id: duplicate rule id 'cap' (also rules[0])",
                        "rules[2].id: 'Cap!' must be 1-64 lower-case letters, digits or dashes, starting with a letter or digit");
    }

    @Test
    void ruleSpecificMistakesAreReported() {
        assertThat(
                        validate(
                                new ExclusiveOffers(
                                        "one-type",
                                        List.of(),
                                        Optional.empty(),
                                        List.of("discount")),
                                new PromptBudget(
                                        "prompts", List.of(), Optional.empty(), List.of(), 3),
                                Fixtures.exclusion(
                                        "empty",
                                        null,
                                        new VariantSelector(false, null, null, null, null, null)),
                                new ConsentRequired(
                                        "consent", List.of(), Optional.empty(), "region"),
                                new DataResidency(
                                        "eu", List.of(), Optional.empty(), List.of("postcode")),
                                new ObjectiveWeighting(
                                        "obj", List.of(), Optional.empty(), Map.of("profit", 1.0))))
                .extracting(PolicyError::field)
                .containsExactly(
                        "rules[0].offerTypes",
                        "rules[1].componentTypes",
                        "rules[2].exclude",
                        "rules[3].attribute",
                        "rules[4].attributes[0]",
                        "rules[5].weights.profit");
    }

    @Test
    void aCompanionThatAnExclusionForTheSameSegmentRemovesIsAContradiction() {
        String minors = "ageBand == \"under-18\"";
        assertThat(
                        validate(
                                new RequiredCompanion(
                                        "terms",
                                        List.of(),
                                        Optional.of(minors),
                                        VariantSelector.offers(),
                                        VariantSelector.componentTypes("legal-footer")),
                                Fixtures.exclusion(
                                        "no-footer",
                                        minors,
                                        VariantSelector.componentTypes("legal-footer", "badge"))))
                .containsExactly(
                        PolicyError.at(
                                "rules[0]",
                                "contradiction: rule 'no-footer' removes every companion this rule requires"));
        assertThat(
                        validate(
                                new RequiredCompanion(
                                        "terms",
                                        List.of(),
                                        Optional.of(minors),
                                        VariantSelector.offers(),
                                        VariantSelector.componentTypes("legal-footer")),
                                Fixtures.exclusion(
                                        "no-footer-eu",
                                        "region == \"eu\"",
                                        VariantSelector.componentTypes("legal-footer"))))
                .as("different segments may not overlap: not reported")
                .isEmpty();
    }

    @Test
    void budgetsThatMakeEveryOfferImpossibleAreContradictions() {
        assertThat(
                        validate(
                                Fixtures.offerBudget("two-discounts", "discount", 2, null),
                                Fixtures.offerBudget("no-offers", null, 0, null)))
                .containsExactly(
                        PolicyError.at(
                                "rules[0]",
                                "contradiction: allows offers of type discount but rule 'no-offers' allows none"));
        assertThat(validate(Fixtures.offerBudget("inconsistent", null, 2, 0)))
                .containsExactly(
                        PolicyError.at(
                                "rules[0]",
                                "contradiction: maxPerPage allows 2 offers but maxPerSession allows none"));
    }

    @Test
    void aCompanionOfAnExclusiveOfferTypeIsAContradiction() {
        assertThat(
                        validate(
                                Fixtures.companion(
                                        "bonus-with-shipping",
                                        VariantSelector.offerTypes("loyalty-bonus"),
                                        VariantSelector.offerTypes("free-shipping")),
                                new ExclusiveOffers(
                                        "no-conflicts",
                                        List.of(),
                                        Optional.empty(),
                                        List.of("loyalty-bonus", "free-shipping"))))
                .extracting(PolicyError::field)
                .containsExactly("rules[0]");
    }

    @Test
    void anObjectiveShadowedByAnEarlierOneIsReported() {
        assertThat(
                        validate(
                                new ObjectiveWeighting(
                                        "all", List.of(), Optional.empty(), Map.of("click", 1.0)),
                                new ObjectiveWeighting(
                                        "high",
                                        List.of(),
                                        Optional.of("ltvBand == \"high\""),
                                        Map.of("margin", 1.0))))
                .containsExactly(
                        PolicyError.at(
                                "rules[1]",
                                "never applies: the earlier objective 'all' already covers all its visitors and surfaces"));
    }

    @Test
    void compilingAnInvalidPolicyFailsWithEveryError() {
        assertThatThrownBy(() ->
                        Fixtures.policy(
                                Fixtures.discountCap("cap", -1), Fixtures.discountCap("cap", 5)))
                .isInstanceOfSatisfying(
                        InvalidPolicyException.class, e -> assertThat(e.errors()).hasSize(2));
    }
}
