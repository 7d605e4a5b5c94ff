package io.pagewright.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurfaceRulesTest {

    private final Vocabularies vocabularies =
            new Vocabularies(
                    Map.of(
                            VocabularyKind.INTENT, Set.of("research", "ready-to-buy"),
                            VocabularyKind.LIFECYCLE_STAGE, Set.of("loyal-customer"),
                            VocabularyKind.CATEGORY, Set.of("boots")));
    private final SurfaceRules rules =
            new SurfaceRules(Map.of("offer-block", ContentValidatorTest.OFFER), vocabularies);

    private final SlotConstraints offerSlot =
            new SlotConstraints(
                    List.of("offer-block"),
                    2,
                    new BigDecimal("15"),
                    List.of("cta"),
                    List.of(new FieldRule("headline", 12, null, List.of("guaranteed"))));

    @Test
    void aDiscountAboveTheSlotCapIsRejectedWithTheCapInTheMessage() {
        VariantDefinition greedy =
                variant("greedy", "offer-block", Offer.discount(new BigDecimal("20")), Tags.NONE);

        List<Violation> violations = rules.check(surface(slot(offerSlot, greedy)));

        assertThat(violations)
                .filteredOn(v -> v.path().endsWith("offer.discountPercent"))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.path()).isEqualTo("slots[0].variants[0].offer.discountPercent");
                    assertThat(v.message()).contains("20 %").contains("maximum discount of 15 %");
                });
    }

    @Test
    void slotConstraintsAndVocabulariesAreEnforcedWithPaths() {
        VariantDefinition wrongType = variant("a", "hero-banner", null, Tags.NONE);
        VariantDefinition badTags =
                variant(
                        "b",
                        "offer-block",
                        Offer.of("free-shipping"),
                        new Tags(List.of("shopping"), List.of("loyal-customer"), List.of("hats")));
        VariantDefinition third = variant("c", "offer-block", null, Tags.NONE);

        List<Violation> violations =
                rules.check(surface(slot(offerSlot, wrongType, badTags, third)));

        assertThat(violations)
                .extracting(Violation::path)
                .containsExactlyInAnyOrder(
                        "slots[0].variants",
                        "slots[0].variants[0].componentType",
                        "slots[0].variants[0].componentType",
                        "slots[0].variants[1].tags.intents[0]",
                        "slots[0].variants[1].tags.categories[0]",
                        "slots[0].variants[1].content.cta");
        assertThat(violations)
                .filteredOn(v -> v.path().endsWith("intents[0]"))
                .singleElement()
                .satisfies(v ->
                        assertThat(v.message())
                                .contains("'shopping'")
                                .contains("ready-to-buy, research"));
    }

    @Test
    void brandRulesApplyToContentFields() {
        VariantDefinition loud =
                VariantDefinition.of(
                        "loud",
                        "Loud",
                        "offer-block",
                        Map.of("headline", "Guaranteed!!"),
                        Tags.NONE,
                        null);

        assertThat(rules.check(surface(slot(offerSlot, loud))))
                .extracting(Violation::message)
                .containsExactly("must not contain 'guaranteed' (brand rule of slot 'offer')");
    }

    static VariantDefinition variant(String key, String type, Offer offer, Tags tags) {
        return VariantDefinition.of(key, key, type, Map.of("headline", "Hello"), tags, offer);
    }

    static SlotDefinition slot(SlotConstraints constraints, VariantDefinition... variants) {
        return new SlotDefinition(
                "offer", "Offer", variants[0].key(), List.of(variants), constraints);
    }

    static SurfaceDefinition surface(SlotDefinition slot) {
        return new SurfaceDefinition("home", "Home", Channel.WEB, List.of(slot));
    }
}
