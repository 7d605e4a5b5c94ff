package io.pagewright.policy;

import static io.pagewright.policy.Fixtures.LAST;
import static io.pagewright.policy.Fixtures.assemble;
import static io.pagewright.policy.Fixtures.discount;
import static io.pagewright.policy.Fixtures.plain;
import static io.pagewright.policy.Fixtures.served;
import static io.pagewright.policy.Fixtures.slot;
import static io.pagewright.policy.Fixtures.surface;
import static io.pagewright.policy.Fixtures.visitor;
import static org.assertj.core.api.Assertions.assertThat;

import io.pagewright.decision.PublishedSurface;
import io.pagewright.policy.predicate.FieldCatalog;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A surface's own policy enforced together with the global one. */
class GlobalPolicyTest {

    private final PublishedSurface offers =
            surface(
                    slot(
                            "offer",
                            0,
                            plain("no-offer"),
                            discount("offer-10", 10),
                            discount("offer-30", 30)),
                    slot("footer", 1, plain("footer"), discount("footer-20", 20)));

    @Test
    void theRulesOfBothHoldAndBothVersionsAreReported() {
        CompiledPolicy global = compile("global", 4, Fixtures.discountCap("max-15-everywhere", 15));
        CompiledPolicy own = compile("shop", 2, Fixtures.discountCap("shop-max-25", 25));

        CompiledPolicy both = own.under(global);
        GuardedPage page = assemble(both, offers, LAST, visitor(), ImpressionHistory.none());

        // LAST picks the last eligible variant: without the caps offer-30 and footer-20 would win;
        // the shop's own cap of 25 % allows footer-20, the global cap of 15 % does not
        assertThat(served(page)).containsExactly("offer-10", "footer");
        assertThat(page.explanations().get(0).removals())
                .extracting(Removal::variant)
                .containsOnly("offer-30");
        assertThat(page.explanations().get(1).removals())
                .extracting(Removal::ruleId)
                .containsExactly("max-15-everywhere");
        assertThat(both.versions())
                .containsExactly(new PolicyVersion("shop", 2), new PolicyVersion("global", 4));
        assertThat(both.version()).isEqualTo(new PolicyVersion("shop", 2));
        assertThat(page.policy()).isEqualTo(new PolicyVersion("shop", 2));
    }

    @Test
    void aGlobalRuleScopedToOtherSurfacesDoesNotApply() {
        CompiledPolicy global =
                compile(
                        "global",
                        1,
                        new DiscountCap(
                                "no-discounts-on-checkout",
                                List.of("checkout"),
                                Optional.empty(),
                                BigDecimal.ZERO));
        CompiledPolicy own = compile("shop", 1);

        GuardedPage page =
                assemble(own.under(global), offers, LAST, visitor(), ImpressionHistory.none());

        assertThat(served(page)).containsExactly("offer-30", "footer-20");
    }

    @Test
    void theSurfacesOwnObjectiveOverridesTheGlobalOneForItsSegment() {
        CompiledPolicy global =
                compile(
                        "global",
                        1,
                        new ObjectiveWeighting(
                                "volume", List.of(), Optional.empty(), Map.of("conversion", 1.0)));
        CompiledPolicy own =
                compile(
                        "shop",
                        1,
                        new ObjectiveWeighting(
                                "margin-for-high-ltv",
                                List.of(),
                                Optional.of("ltvBand == \"high\""),
                                Map.of("margin", 1.0)));

        CompiledPolicy both = own.under(global);

        assertThat(both.objectiveFor("shop", visitor("ltvBand", "high")).ruleId())
                .contains("margin-for-high-ltv");
        assertThat(both.objectiveFor("shop", visitor()).ruleId()).contains("volume");
    }

    @Test
    void sharedRuleIdsAreFound() {
        CompiledPolicy global =
                compile(
                        "global",
                        1,
                        Fixtures.discountCap("cap", 25),
                        Fixtures.discountCap("other", 50));
        CompiledPolicy own = compile("shop", 1, Fixtures.discountCap("cap", 15));

        assertThat(own.sharedRuleIds(global)).containsExactly("cap");
        assertThat(compile("shop", 1).sharedRuleIds(global)).isEmpty();
    }

    @Test
    void excludedCategoriesAreThoseOfTheExclusionsCoveringTheVisitorInBothPolicies() {
        CompiledPolicy global =
                compile(
                        "global",
                        1,
                        new Exclusion(
                                "minors",
                                null,
                                java.util.Optional.of(
                                        "ageBand == \"under-18\" or not ageBand exists"),
                                VariantSelector.categories("alcohol", "tobacco")));
        CompiledPolicy own =
                compile(
                        "shop",
                        1,
                        new Exclusion(
                                "elsewhere",
                                List.of("other-surface"),
                                java.util.Optional.empty(),
                                VariantSelector.categories("fireworks")),
                        new Exclusion(
                                "no-offers",
                                null,
                                java.util.Optional.empty(),
                                VariantSelector.offers()));

        CompiledPolicy both = own.under(global);

        assertThat(both.excludedCategories("shop", visitor()))
                .containsExactlyInAnyOrder("alcohol", "tobacco");
        assertThat(both.excludedCategories("shop", visitor("ageBand", "25-34"))).isEmpty();
        assertThat(both.excludedCategories("other-surface", visitor("ageBand", "25-34")))
                .containsExactly("fireworks");
    }

    private static CompiledPolicy compile(String key, long version, Rule... rules) {
        return CompiledPolicy.compile(
                new Policy(key, version, List.of(rules)), FieldCatalog.defaults());
    }
}
