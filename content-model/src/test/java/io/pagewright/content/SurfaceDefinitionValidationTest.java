package io.pagewright.content;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SurfaceDefinitionValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeFactory() {
        factory.close();
    }

    @Test
    void aWellFormedSurfaceHasNoViolations() {
        assertThat(validator.validate(surface(slot("hero", "control", variant("control")))))
                .isEmpty();
    }

    @Test
    void reportsEveryBrokenFieldByPath() {
        SurfaceDefinition surface =
                new SurfaceDefinition(
                        "Bad Key",
                        "",
                        null,
                        List.of(
                                new SlotDefinition(
                                        "hero",
                                        "Hero",
                                        "control",
                                        List.of(
                                                VariantDefinition.of(
                                                        "control",
                                                        "Control",
                                                        "hero-banner",
                                                        null,
                                                        new Tags(List.of("Not OK"), null, null),
                                                        Offer.discount(new BigDecimal("120")))),
                                        null)));

        assertThat(paths(validator.validate(surface)))
                .containsExactlyInAnyOrder(
                        "key",
                        "name",
                        "channel",
                        "slots[0].variants[0].content",
                        "slots[0].variants[0].tags.intents[0].<list element>",
                        "slots[0].variants[0].offer.discountPercent");
    }

    @Test
    void theDefaultVariantMustBeOneOfTheSlotsVariants() {
        Set<ConstraintViolation<SurfaceDefinition>> violations =
                validator.validate(surface(slot("hero", "missing", variant("a"), variant("b"))));

        assertThat(violations).hasSize(1);
        ConstraintViolation<SurfaceDefinition> violation = violations.iterator().next();
        assertThat(violation.getPropertyPath().toString()).isEqualTo("slots[0].defaultVariant");
        assertThat(violation.getMessage()).isEqualTo("must name one of the slot's variants (a, b)");
    }

    @Test
    void keysMustBeUniqueWithinTheirParent() {
        SurfaceDefinition surface =
                surface(
                        slot("hero", "a", variant("a"), variant("a")),
                        slot("hero", "b", variant("b")));

        assertThat(paths(validator.validate(surface)))
                .containsExactlyInAnyOrder("slots[0].variants[1].key", "slots[1].key");
    }

    @Test
    void userTextInMessagesIsNotInterpretedAsATemplate() {
        Set<ConstraintViolation<SurfaceDefinition>> violations =
                validator.validate(surface(slot("hero", "x", variant("a"))));

        assertThat(violations)
                .extracting(ConstraintViolation::getMessage)
                .containsExactly("must name one of the slot's variants (a)");
    }

    @Test
    void aSlotNamesAKnownStrategyOrNone() {
        SlotDefinition unknown =
                new SlotDefinition(
                        "hero", "hero", "a", List.of(variant("a")), null, "thompson-sampling");
        SlotDefinition learning =
                new SlotDefinition("hero", "hero", "a", List.of(variant("a")), null, "bandit");

        Set<ConstraintViolation<SurfaceDefinition>> violations =
                validator.validate(surface(unknown));
        assertThat(violations)
                .extracting(v -> v.getPropertyPath() + ": " + v.getMessage())
                .containsExactly("slots[0].strategy: must be one of default, rules, bandit");
        assertThat(validator.validate(surface(learning))).isEmpty();
        assertThat(slot("hero", "a", variant("a")).strategyOrDefault()).isEqualTo("rules");
    }

    @Test
    void aBanditSlotsSettingsAreKnownAndInBoundsAndOnlyABanditSlotHasThem() {
        SlotDefinition tuned =
                new SlotDefinition(
                        "hero",
                        "hero",
                        "a",
                        List.of(variant("a")),
                        null,
                        "bandit",
                        java.util.Map.of("explorationFloor", 0.05, "objective.conversion", 3));
        SlotDefinition wrong =
                new SlotDefinition(
                        "hero",
                        "hero",
                        "a",
                        List.of(variant("a")),
                        null,
                        "bandit",
                        java.util.Map.of("explorationFloor", 2, "temperature", 1));
        SlotDefinition rules =
                new SlotDefinition(
                        "hero",
                        "hero",
                        "a",
                        List.of(variant("a")),
                        null,
                        "rules",
                        java.util.Map.of("explorationFloor", 0.05));

        assertThat(validator.validate(surface(tuned))).isEmpty();
        assertThat(validator.validate(surface(wrong)))
                .extracting(v -> v.getPropertyPath() + ": " + v.getMessage())
                .containsExactlyInAnyOrder(
                        "slots[0].strategySettings.explorationFloor: must be between 0.0 and"
                                + " 0.5, not 2.0",
                        "slots[0].strategySettings.temperature: is not a setting of the bandit"
                                + " strategy; known: "
                                + String.join(
                                        ", ",
                                        io.pagewright.learning.BanditSettings.describe().stream()
                                                .map(io.pagewright.learning.Setting::name)
                                                .sorted()
                                                .toList()));
        assertThat(validator.validate(surface(rules)))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactly("slots[0].strategySettings");
    }

    private static Set<String> paths(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }

    static SurfaceDefinition surface(SlotDefinition... slots) {
        return new SurfaceDefinition("home", "Home", Channel.WEB, Arrays.asList(slots));
    }

    static SlotDefinition slot(String key, String defaultVariant, VariantDefinition... variants) {
        return new SlotDefinition(key, key, defaultVariant, Arrays.asList(variants), null);
    }

    static VariantDefinition variant(String key) {
        return VariantDefinition.of(
                key, key, "hero-banner", Map.of("headline", "Hello"), null, null);
    }
}
