package io.pagewright.policy;

import static io.pagewright.policy.Fixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pagewright.policy.predicate.FieldCatalog;
import io.pagewright.policy.predicate.PredicateParser;
import io.pagewright.policy.predicate.ProfilePredicate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

class PolicyJsonTest {

    static Stream<Rule> everyRuleType() {
        Optional<String> minors = Optional.of("ageBand == \"under-18\"");
        return Stream.of(
                new DiscountCap(
                        "max-15", List.of("home"), Optional.empty(), new BigDecimal("15.5")),
                new OfferBudget(
                        "one-discount",
                        List.of(),
                        Optional.empty(),
                        Optional.of("discount"),
                        null,
                        1),
                new OfferBudget("two-offers", List.of(), Optional.empty(), Optional.empty(), 2, 4),
                new ExclusiveOffers(
                        "no-conflicts",
                        List.of(),
                        Optional.empty(),
                        List.of("discount", "free-shipping")),
                new FrequencyCap(
                        "popup-daily",
                        List.of(),
                        Optional.empty(),
                        CapSubject.OFFER_TYPE,
                        "discount",
                        3,
                        Window.WEEK),
                new PromptBudget(
                        "three-prompts",
                        List.of("onboarding"),
                        Optional.empty(),
                        List.of("tooltip", "modal"),
                        3),
                new Exclusion(
                        "minors",
                        List.of(),
                        minors,
                        new VariantSelector(
                                true,
                                List.of("x"),
                                List.of("alcohol"),
                                List.of("t"),
                                List.of("v"),
                                List.of("legalText"))),
                new RequiredCompanion(
                        "terms",
                        List.of(),
                        Optional.empty(),
                        VariantSelector.offers(),
                        VariantSelector.contentFields("legalText")),
                new ConsentRequired(
                        "consent", List.of(), Optional.empty(), "consent.personalization"),
                new DataResidency(
                        "eu", List.of(), Optional.of("region == \"eu\""), List.of("ageBand")),
                new ObjectiveWeighting(
                        "margin",
                        List.of(),
                        Optional.of("ltvBand == \"high\""),
                        Map.of("margin", 0.7, "conversion", 0.3)));
    }

    @ParameterizedTest
    @MethodSource("everyRuleType")
    void everyRuleTypeRoundTripsWithItsTypeTag(Rule rule) {
        String json = JSON.writeValueAsString(rule);

        assertThat(JSON.readValue(json, Rule.class)).isEqualTo(rule);
        assertThat(JSON.readTree(json).get("type").asString()).isNotBlank();
    }

    @Test
    void everyRuleTypeIsCovered() {
        assertThat(everyRuleType().map(Object::getClass).distinct())
                .hasSameSizeAs(Rule.class.getPermittedSubclasses());
    }

    @Test
    void aWholePolicyRoundTripsAndOmitsWhatIsAbsent() {
        Policy policy = JSON.readValue(DemoPolicies.ECOMMERCE_HOMEPAGE, Policy.class);

        String json = JSON.writeValueAsString(policy);

        assertThat(JSON.readValue(json, Policy.class)).isEqualTo(policy);
        assertThat(policy.rules()).hasSize(7).first().isInstanceOf(ConsentRequired.class);
        assertThat(JSON.readTree(json).get("rules").get(1).has("when")).isFalse();
        assertThat(JSON.readTree(json).get("rules").get(1).has("surfaces")).isFalse();
    }

    @Test
    void predicatesHaveATaggedJsonFormThatRoundTrips() {
        ProfilePredicate predicate =
                new PredicateParser(FieldCatalog.defaults())
                        .parse(
                                "(ageBand == \"under-18\" or not region exists) and teamSize >= 3 and planTier in [\"free\"]");

        String json = JSON.writeValueAsString(predicate);

        assertThat(json)
                .contains(
                        "\"type\":\"and\"",
                        "\"type\":\"compare\"",
                        "\"operator\":\">=\"",
                        "\"type\":\"exists\"",
                        "\"type\":\"in\"");
        assertThat(JSON.readValue(json, ProfilePredicate.class)).isEqualTo(predicate);
    }

    @Test
    void anUnknownFieldIsRejectedWithItsPath() {
        String json =
                "{\"key\":\"p\",\"version\":1,\"rules\":[{\"type\":\"discount-cap\",\"id\":\"a\",\"maxPercnt\":15}]}";

        assertThatThrownBy(() -> JSON.readValue(json, Policy.class))
                .isInstanceOfSatisfying(
                        UnrecognizedPropertyException.class,
                        e ->
                                assertThat(e.getPathReference())
                                        .contains("rules")
                                        .contains("[0]")
                                        .contains("maxPercnt"));
    }

    @Test
    void anUnknownRuleTypeIsRejected() {
        String json =
                "{\"key\":\"p\",\"version\":1,\"rules\":[{\"type\":\"discount-limit\",\"id\":\"a\"}]}";

        assertThatThrownBy(() -> JSON.readValue(json, Policy.class))
                .isInstanceOf(InvalidTypeIdException.class)
                .hasMessageContaining("discount-limit");
    }

    @Test
    void reportsSerializeForTheDecisionLog() {
        var errors =
                List.of(
                        new PolicyError(
                                "rules[0].when",
                                "unknown attribute 'x'",
                                java.util.OptionalInt.of(3)));

        List<Map<String, Object>> written =
                JSON.readValue(JSON.writeValueAsString(errors), new TypeReference<>() {});

        assertThat(written.getFirst())
                .containsEntry("field", "rules[0].when")
                .containsEntry("position", 3);
    }
}
