package io.pagewright.policy;

import static io.pagewright.policy.Fixtures.discount;
import static io.pagewright.policy.Fixtures.offer;
import static io.pagewright.policy.Fixtures.plain;
import static io.pagewright.policy.Fixtures.policy;
import static io.pagewright.policy.Fixtures.slot;
import static io.pagewright.policy.Fixtures.surface;
import static org.assertj.core.api.Assertions.assertThat;

import io.pagewright.decision.PublishedSurface;
import io.pagewright.decision.PublishedVariant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefaultsCheckTest {

    @Test
    void aDefaultThatAMaskRemovesForASegmentIsAConfigurationError() {
        PublishedVariant wine =
                PublishedVariant.builder("wine", "banner").categories(List.of("alcohol")).build();
        PublishedSurface surface =
                surface(
                        slot("hero", 0, wine, plain("calm")),
                        slot("offer", 1, discount("big", 30), plain("none")));
        CompiledPolicy policy =
                policy(
                        Fixtures.exclusion(
                                "minors",
                                "ageBand == \"under-18\"",
                                VariantSelector.categories("alcohol")),
                        Fixtures.discountCap("max-15", 15));

        assertThat(DefaultsCheck.check(policy, surface))
                .containsExactly(
                        new DefaultConflict(
                                "hero",
                                "wine",
                                "minors",
                                DefaultConflict.Certainty.SEGMENT,
                                "default 'wine' of slot 'hero' is removed for visitors with ageBand == \"under-18\": excluded for visitors with ageBand == \"under-18\""),
                        new DefaultConflict(
                                "offer",
                                "big",
                                "max-15",
                                DefaultConflict.Certainty.SEGMENT,
                                "default 'big' of slot 'offer' is removed for every visitor: discount above the 15% cap"));
    }

    @Test
    void limitsExclusiveDefaultsAndMissingCompanionsAreReportedWithWhenTheyBite() {
        PublishedSurface surface =
                surface(
                        slot("a", 0, offer("ship", "free-shipping")),
                        slot("b", 1, offer("bonus", "loyalty-bonus")));
        CompiledPolicy policy =
                policy(
                        Fixtures.frequencyCap(
                                "ship-weekly",
                                CapSubject.OFFER_TYPE,
                                "free-shipping",
                                3,
                                Window.WEEK),
                        new ExclusiveOffers(
                                "no-conflicts",
                                List.of(),
                                Optional.empty(),
                                List.of("free-shipping", "loyalty-bonus")),
                        Fixtures.companion(
                                "terms",
                                VariantSelector.offerTypes("loyalty-bonus"),
                                VariantSelector.contentFields("legalText")));

        assertThat(DefaultsCheck.check(policy, surface))
                .extracting(
                        DefaultConflict::slot, DefaultConflict::ruleId, DefaultConflict::certainty)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "a", "ship-weekly", DefaultConflict.Certainty.HISTORY),
                        org.assertj.core.groups.Tuple.tuple(
                                "a", "no-conflicts", DefaultConflict.Certainty.PAGE),
                        org.assertj.core.groups.Tuple.tuple(
                                "b", "no-conflicts", DefaultConflict.Certainty.PAGE),
                        org.assertj.core.groups.Tuple.tuple(
                                "b", "terms", DefaultConflict.Certainty.PAGE));
    }

    @Test
    void harmlessDefaultsAndRulesForOtherSurfacesAreNotReported() {
        PublishedSurface surface = surface(slot("hero", 0, plain("calm"), discount("big", 30)));
        CompiledPolicy policy =
                policy(
                        Fixtures.discountCap("max-15", 15),
                        new DiscountCap(
                                "elsewhere",
                                List.of("checkout"),
                                Optional.empty(),
                                java.math.BigDecimal.ZERO));

        assertThat(DefaultsCheck.check(policy, surface)).isEmpty();
    }
}
