package io.pagewright.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.pagewright.content.Channel;
import io.pagewright.content.Offer;
import io.pagewright.content.Restrictions;
import io.pagewright.content.SlotConstraints;
import io.pagewright.content.SlotDefinition;
import io.pagewright.content.SurfaceDefinition;
import io.pagewright.content.Tags;
import io.pagewright.content.VariantDefinition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SurfaceImpactTest {

    static VariantDefinition variant(String key, Map<String, Object> content, Offer offer) {
        return VariantDefinition.of(key, key, "hero-banner", content, Tags.NONE, offer);
    }

    static SurfaceDefinition surface(VariantDefinition... variants) {
        return new SurfaceDefinition(
                "home",
                "Home",
                Channel.WEB,
                List.of(new SlotDefinition("hero", "Hero", "control", List.of(variants), null)));
    }

    static final VariantDefinition CONTROL = variant("control", Map.of("headline", "Hi"), null);

    @Test
    void copyChangesAreOrdinary() {
        Impact impact =
                SurfaceImpact.assess(
                        Optional.of(surface(CONTROL)),
                        surface(variant("control", Map.of("headline", "Hello"), null)));

        assertThat(impact.high()).isFalse();
    }

    @Test
    void aNewDiscountIsHighImpactAndSaysHowMuch() {
        Offer discount = new Offer("discount", new BigDecimal("20.00"), null);
        Impact impact =
                SurfaceImpact.assess(
                        Optional.of(surface(CONTROL)),
                        surface(CONTROL, variant("sale", Map.of("headline", "Sale"), discount)));

        assertThat(impact.reasons())
                .containsExactly("slot hero, variant sale: offer discount 20 %");
    }

    @Test
    void removingAnOfferIsHighImpactToo() {
        Offer discount = new Offer("discount", BigDecimal.TEN, null);
        Impact impact =
                SurfaceImpact.assess(
                        Optional.of(surface(CONTROL, variant("sale", Map.of(), discount))),
                        surface(CONTROL));

        assertThat(impact.reasons()).containsExactly("slot hero, variant sale: offer removed");
    }

    @Test
    void aChangedPriceIsHighImpact() {
        Map<String, Object> price = Map.of("amount", 49, "currency", "EUR");
        Impact impact =
                SurfaceImpact.assess(
                        Optional.of(surface(variant("control", Map.of("price", price), null))),
                        surface(
                                variant(
                                        "control",
                                        Map.of("price", Map.of("amount", 39, "currency", "EUR")),
                                        null)));

        assertThat(impact.reasons()).containsExactly("slot hero, variant control: price changed");
    }

    @Test
    void complianceFlagsRestrictionsAndConstraintsAreHighImpact() {
        VariantDefinition flagged =
                new VariantDefinition(
                        "legal-note",
                        "Legal",
                        "hero-banner",
                        Map.of(),
                        new Tags(List.of(), List.of(), List.of("legal")),
                        null,
                        null,
                        null,
                        new Restrictions(true, List.of()),
                        null,
                        null);
        SurfaceDefinition candidate =
                new SurfaceDefinition(
                        "home",
                        "Home",
                        Channel.WEB,
                        List.of(
                                new SlotDefinition(
                                        "hero",
                                        "Hero",
                                        "control",
                                        List.of(CONTROL, flagged),
                                        new SlotConstraints(
                                                null, null, new BigDecimal("15"), null, null))));

        Impact impact = SurfaceImpact.assess(Optional.of(surface(CONTROL)), candidate);

        assertThat(impact.reasons())
                .containsExactly(
                        "slot hero: constraints changed",
                        "slot hero, variant legal-note: flagged legal",
                        "slot hero, variant legal-note: age or consent restrictions");
    }

    @Test
    void theFirstVersionIsJudgedOnItsOwn() {
        assertThat(SurfaceImpact.assess(Optional.empty(), surface(CONTROL)).high()).isFalse();
        assertThat(
                        SurfaceImpact.assess(
                                        Optional.empty(),
                                        surface(
                                                CONTROL,
                                                variant(
                                                        "sale",
                                                        Map.of(),
                                                        new Offer("free-shipping", null, null))))
                                .reasons())
                .containsExactly("slot hero, variant sale: offer free-shipping");
    }
}
