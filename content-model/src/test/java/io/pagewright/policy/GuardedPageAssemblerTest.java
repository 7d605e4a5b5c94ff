package io.pagewright.policy;

import static io.pagewright.policy.Fixtures.LAST;
import static io.pagewright.policy.Fixtures.UNIFORM;
import static io.pagewright.policy.Fixtures.assemble;
import static io.pagewright.policy.Fixtures.discount;
import static io.pagewright.policy.Fixtures.offer;
import static io.pagewright.policy.Fixtures.plain;
import static io.pagewright.policy.Fixtures.policy;
import static io.pagewright.policy.Fixtures.served;
import static io.pagewright.policy.Fixtures.slot;
import static io.pagewright.policy.Fixtures.surface;
import static io.pagewright.policy.Fixtures.visitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.pagewright.decision.Distribution;
import io.pagewright.decision.PageAssembler;
import io.pagewright.decision.PublishedSurface;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.SlotDecision;
import io.pagewright.decision.Visitor;
import io.pagewright.decision.Weighted;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GuardedPageAssemblerTest {

    private final PublishedSurface offers =
            surface(
                    slot("hero", 0, plain("seasonal"), discount("hero-20", 20)),
                    slot(
                            "offer",
                            1,
                            plain("no-offer"),
                            discount("offer-10", 10),
                            offer("ship", "free-shipping")),
                    slot("footer", 2, plain("footer"), discount("footer-5", 5)));

    @Test
    void withoutRulesItDecidesLikeThePlainAssembler() {
        GuardedPage guarded =
                assemble(
                        CompiledPolicy.empty("none", 1),
                        offers,
                        UNIFORM,
                        visitor(),
                        ImpressionHistory.none());
        var plain = new PageAssembler(UNIFORM).assemble(offers, visitor(), Fixtures.PAGE);

        assertThat(guarded.page()).isEqualTo(plain);
        assertThat(guarded.explanations()).allSatisfy(e -> assertThat(e.removals()).isEmpty());
        assertThat(guarded.policy()).isEqualTo(new PolicyVersion("none", 1));
    }

    @Test
    void aDiscountCapMasksBiggerDiscountsBeforeTheStrategyChooses() {
        GuardedPage page =
                assemble(
                        policy(Fixtures.discountCap("max-15", 15)),
                        offers,
                        LAST,
                        visitor(),
                        ImpressionHistory.none());

        SlotExplanation hero = page.explanations().getFirst();
        assertThat(hero.removals())
                .containsExactly(new Removal("hero-20", "max-15", "discount above the 15% cap"));
        assertThat(hero.served()).contains("seasonal");
        assertThat(page.page().slots().getFirst().probability()).isEqualTo(1.0);
    }

    @Test
    void theLoggedProbabilityIsTheProbabilityWithinTheFinalEligibleSet() {
        GuardedPage page =
                assemble(
                        policy(Fixtures.discountCap("max-8", 8)),
                        offers,
                        UNIFORM,
                        visitor(),
                        ImpressionHistory.none());

        SlotExplanation offer = page.explanations().get(1);
        assertThat(offer.eligible()).containsExactly("no-offer", "ship");
        assertThat(page.page().slots().get(1).probability()).isEqualTo(0.5);
        assertThat(offer.distribution().orElseThrow().entries())
                .extracting(Weighted::probability)
                .containsExactly(0.5, 0.5);
    }

    @Test
    void anExclusionRemovesTaggedVariantsOnlyForItsSegment() {
        PublishedVariant wine =
                PublishedVariant.builder("wine", "banner").categories(List.of("alcohol")).build();
        PublishedSurface surface = surface(slot("hero", 0, plain("seasonal"), wine));
        CompiledPolicy policy =
                policy(
                        Fixtures.exclusion(
                                "minors",
                                "ageBand == \"under-18\"",
                                VariantSelector.categories("alcohol")));

        assertThat(
                        served(
                                assemble(
                                        policy,
                                        surface,
                                        LAST,
                                        visitor("ageBand", "under-18"),
                                        ImpressionHistory.none())))
                .containsExactly("seasonal");
        assertThat(
                        served(
                                assemble(
                                        policy,
                                        surface,
                                        LAST,
                                        visitor("ageBand", "25-44"),
                                        ImpressionHistory.none())))
                .containsExactly("wine");
    }

    @Test
    void anOfferBudgetCarriesPageStateAcrossSlotsAndCountsTheSession() {
        CompiledPolicy policy = policy(Fixtures.offerBudget("one-discount", "discount", 1, 1));

        GuardedPage fresh = assemble(policy, offers, LAST, visitor(), ImpressionHistory.none());
        assertThat(served(fresh)).containsExactly("hero-20", "ship", "footer");
        assertThat(fresh.explanations().get(1).removals())
                .extracting(Removal::variant, Removal::reason)
                .containsExactly(
                        tuple("offer-10", "offer budget: at most 1 discount offers per page"),
                        tuple("offer-10", "offer budget: at most 1 discount offers per session"));

        Fixtures.History seen =
                new Fixtures.History().with(Counter.offerType("discount"), Window.SESSION, 1);
        assertThat(served(assemble(policy, offers, LAST, visitor(), seen)))
                .containsExactly("seasonal", "ship", "footer");
    }

    @Test
    void exclusiveOfferTypesNeverShareAPage() {
        PublishedSurface surface =
                surface(
                        slot("a", 0, plain("a0"), offer("ship", "free-shipping")),
                        slot("b", 1, plain("b0"), offer("bonus", "loyalty-bonus")));
        CompiledPolicy policy =
                policy(
                        new ExclusiveOffers(
                                "no-conflicts",
                                List.of(),
                                Fixtures.when(null),
                                List.of("free-shipping", "loyalty-bonus")));

        GuardedPage page = assemble(policy, surface, LAST, visitor(), ImpressionHistory.none());

        assertThat(served(page)).containsExactly("ship", "b0");
        assertThat(page.explanations().get(1).removals())
                .containsExactly(
                        new Removal(
                                "bonus",
                                "no-conflicts",
                                "conflicts with the free-shipping offer already on the page"));
    }

    @Test
    void frequencyCapsCountTheHistoryInTheirWindowAndThePageItself() {
        PublishedSurface surface =
                surface(
                        slot("a", 0, plain("a0"), plain("promo")),
                        slot("b", 1, plain("b0"), plain("promo")));
        CompiledPolicy perDay =
                policy(
                        Fixtures.frequencyCap(
                                "promo-daily", CapSubject.VARIANT, "promo", 2, Window.DAY));

        assertThat(served(assemble(perDay, surface, LAST, visitor(), ImpressionHistory.none())))
                .containsExactly("promo", "promo");
        Fixtures.History yesterday =
                new Fixtures.History()
                        .with(Counter.variant("promo"), Window.WEEK, 5)
                        .with(Counter.variant("promo"), Window.DAY, 1);
        assertThat(served(assemble(perDay, surface, LAST, visitor(), yesterday)))
                .containsExactly("promo", "b0");
    }

    @Test
    void aCappedSlotIsLeftOutAndReported() {
        PublishedSurface surface =
                surface(slot("hero", 0, plain("h0")), slot("popup", 1, plain("exit-offer")));
        CompiledPolicy policy =
                policy(
                        Fixtures.frequencyCap(
                                "popup-once", CapSubject.SLOT, "popup", 1, Window.SESSION));
        Fixtures.History shown =
                new Fixtures.History().with(Counter.slot("popup"), Window.SESSION, 1);

        GuardedPage page = assemble(policy, surface, LAST, visitor(), shown);

        assertThat(page.omittedSlots()).containsExactly("popup");
        assertThat(page.page().slots()).extracting(SlotDecision::slot).containsExactly("hero");
        assertThat(page.explanations().get(1).removals())
                .extracting(Removal::ruleId)
                .containsExactly("popup-once");
        assertThat(page.impressions()).doesNotContain(Counter.slot("popup"));
    }

    @Test
    void aPromptBudgetFallsBackToAnEmptyDefaultThatIsNotAPrompt() {
        PublishedVariant none = PublishedVariant.builder("none", "empty").build();
        PublishedVariant tip = PublishedVariant.builder("tip", "tooltip").build();
        PublishedSurface surface =
                surface(
                        slot("p1", 0, none, tip),
                        slot("p2", 1, none, tip),
                        slot("p3", 2, none, tip));
        CompiledPolicy policy =
                policy(
                        new PromptBudget(
                                "three-prompts",
                                List.of(),
                                Fixtures.when(null),
                                List.of("tooltip"),
                                3));
        Fixtures.History session =
                new Fixtures.History().with(Counter.componentType("tooltip"), Window.SESSION, 2);

        GuardedPage page = assemble(policy, surface, LAST, visitor(), session);

        assertThat(served(page)).containsExactly("tip", "none", "none");
        assertThat(page.limits())
                .containsExactly(
                        new CounterLimit(
                                "three-prompts",
                                List.of(Counter.componentType("tooltip")),
                                Window.SESSION,
                                3));
    }

    @Test
    void anOfferIsOnlyShownWhileALaterSlotCanStillCarryItsCompanion() {
        PublishedVariant legal =
                PublishedVariant.builder("terms", "legal")
                        .content(Map.of("legalText", "Terms apply."))
                        .build();
        CompiledPolicy policy =
                policy(
                        Fixtures.companion(
                                "offers-need-terms",
                                VariantSelector.offers(),
                                VariantSelector.contentFields("legalText")));

        GuardedPage withRoom =
                assemble(
                        policy,
                        surface(
                                slot("offer", 0, plain("none"), discount("d10", 10)),
                                slot("legal", 1, plain("blank"), legal)),
                        LAST,
                        visitor(),
                        ImpressionHistory.none());
        assertThat(served(withRoom)).containsExactly("d10", "terms");

        GuardedPage tooLate =
                assemble(
                        policy,
                        surface(
                                slot("legal", 0, plain("blank"), legal),
                                slot("offer", 1, plain("none"), discount("d10", 10))),
                        UNIFORM,
                        visitor(),
                        ImpressionHistory.none());
        assertThat(tooLate.page().slots())
                .noneMatch(d ->
                        d.variant().equals("d10")
                                && !tooLate.page().slots().getFirst().variant().equals("terms"));
    }

    @Test
    void whenTheCompanionBecomesImpossibleThePageIsAssembledAgainWithoutTheTrigger() {
        PublishedVariant legalOffer =
                PublishedVariant.builder("terms-offer", "legal")
                        .content(Map.of("legalText", "T&C"))
                        .offer(io.pagewright.content.Offer.of("loyalty-bonus"))
                        .build();
        CompiledPolicy policy =
                policy(
                        Fixtures.companion(
                                "offers-need-terms",
                                VariantSelector.offerTypes("free-shipping"),
                                VariantSelector.contentFields("legalText")),
                        Fixtures.offerBudget("one-offer", null, 1, null));
        PublishedSurface surface =
                surface(
                        slot("offer", 0, plain("none"), offer("ship", "free-shipping")),
                        slot("legal", 1, plain("blank"), legalOffer));

        GuardedPage page = assemble(policy, surface, LAST, visitor(), ImpressionHistory.none());

        assertThat(served(page)).containsExactly("none", "terms-offer");
        assertThat(page.explanations().getFirst().removals())
                .containsExactly(
                        new Removal(
                                "ship",
                                "offers-need-terms",
                                "no companion (rule offers-need-terms) could be placed on this page"));
    }

    @Test
    void withoutConsentEverySlotServesItsDefaultAndTheStrategyIsNotAsked() {
        CompiledPolicy policy =
                policy(
                        new ConsentRequired(
                                "consent",
                                List.of(),
                                Fixtures.when(null),
                                "consent.personalization"));
        Visitor noConsent = new Visitor("v-2", Map.of("intent", "ready-to-buy"));

        GuardedPage page =
                assemble(
                        policy,
                        offers,
                        Fixtures.strategy(
                                "boom",
                                e -> {
                                    throw new AssertionError("asked");
                                }),
                        noConsent,
                        ImpressionHistory.none());

        assertThat(page.personalized()).isFalse();
        assertThat(page.page().slots())
                .allSatisfy(d -> {
                    assertThat(d.isDefault()).isTrue();
                    assertThat(d.strategy()).isEqualTo(GuardedPageAssembler.DEFAULT_STRATEGY);
                    assertThat(d.probability()).isEqualTo(1.0);
                });
        assertThat(page.explanations().get(1).removals())
                .extracting(Removal::ruleId)
                .containsOnly("consent")
                .hasSize(2);
    }

    @Test
    void withoutConsentADefaultThatBreaksAHardRuleIsLeftOut() {
        PublishedSurface surface = surface(slot("hero", 0, discount("big", 40), plain("calm")));
        CompiledPolicy policy =
                policy(
                        new ConsentRequired(
                                "consent",
                                List.of(),
                                Fixtures.when(null),
                                "consent.personalization"),
                        Fixtures.discountCap("max-15", 15));

        GuardedPage page =
                assemble(
                        policy,
                        surface,
                        UNIFORM,
                        new Visitor("v", Map.of()),
                        ImpressionHistory.none());

        assertThat(page.omittedSlots()).containsExactly("hero");
        assertThat(page.page().slots()).isEmpty();
    }

    @Test
    void dataResidencyWithholdsAttributesFromStrategiesButNotFromRules() {
        List<Visitor> seen = new java.util.ArrayList<>();
        var spy =
                Fixtures.strategy(
                        "spy",
                        eligible -> List.of(new Weighted(eligible.getFirst(), 0, 1.0, "spy")));
        var recording =
                new io.pagewright.decision.SlotStrategy() {
                    public String id() {
                        return "recording";
                    }

                    public Distribution distribute(io.pagewright.decision.SlotRequest request) {
                        seen.add(request.visitor());
                        return spy.distribute(request);
                    }
                };
        PublishedVariant wine =
                PublishedVariant.builder("wine", "banner").categories(List.of("alcohol")).build();
        CompiledPolicy policy =
                policy(
                        new DataResidency(
                                "eu-residency",
                                List.of(),
                                Fixtures.when("region == \"eu\""),
                                List.of("ageBand", "ltvBand")),
                        Fixtures.exclusion(
                                "minors",
                                "ageBand == \"under-18\"",
                                VariantSelector.categories("alcohol")));

        GuardedPage page =
                assemble(
                        policy,
                        surface(slot("hero", 0, wine, plain("calm"))),
                        recording,
                        visitor("region", "eu", "ageBand", "under-18", "ltvBand", "high"),
                        ImpressionHistory.none());

        assertThat(seen)
                .singleElement()
                .satisfies(v ->
                        assertThat(v.attributes())
                                .containsOnlyKeys("consent.personalization", "region"));
        assertThat(served(page)).containsExactly("calm");
    }

    @Test
    void theObjectiveComesFromTheFirstMatchingObjectiveRule() {
        CompiledPolicy policy =
                policy(
                        new ObjectiveWeighting(
                                "high-ltv",
                                List.of(),
                                Fixtures.when("ltvBand == \"high\""),
                                Map.of("margin", 3.0, "conversion", 1.0)),
                        new ObjectiveWeighting(
                                "everyone", List.of(), Fixtures.when(null), Map.of("click", 1.0)));

        Objective high = policy.objectiveFor("home", visitor("ltvBand", "high"));
        assertThat(high.ruleId()).contains("high-ltv");
        assertThat(high.weightOf(Outcome.MARGIN)).isEqualTo(0.75);
        assertThat(policy.objectiveFor("home", visitor()).weights())
                .isEqualTo(Map.of(Outcome.CLICK, 1.0));
        assertThat(CompiledPolicy.empty("none", 1).objectiveFor("home", visitor()))
                .isEqualTo(Objective.DEFAULT);
        assertThat(
                        assemble(
                                        policy,
                                        offers,
                                        UNIFORM,
                                        visitor("ltvBand", "high"),
                                        ImpressionHistory.none())
                                .objective())
                .isEqualTo(high);
    }

    @Test
    void theSamePageIdReplaysTheSameGuardedPageAndImpressionsAreReported() {
        CompiledPolicy policy = policy(Fixtures.offerBudget("one-offer", null, 1, null));
        for (int i = 0; i < 20; i++) {
            UUID pageId = UUID.randomUUID();
            var assembler = new GuardedPageAssembler(UNIFORM);
            GuardedPage first =
                    assembler.assemble(
                            policy.on(offers), visitor(), ImpressionHistory.none(), pageId);
            assertThat(
                            assembler.assemble(
                                    policy.on(offers), visitor(), ImpressionHistory.none(), pageId))
                    .isEqualTo(first);
            assertThat(
                            first.page().slots().stream()
                                    .filter(d -> !d.componentType().equals("banner")))
                    .hasSizeLessThanOrEqualTo(1);
            assertThat(first.impressions())
                    .contains(Counter.slot("hero"), Counter.slot("offer"), Counter.slot("footer"));
        }
    }

    @Test
    void aStrategyThatAnswersOutsideTheEligibleSetIsRefused() {
        var rogue =
                Fixtures.strategy(
                        "rogue",
                        eligible ->
                                List.of(new Weighted(discount("hero-20", 20), 0, 1.0, "rogue")));

        assertThatThrownBy(() ->
                        assemble(
                                policy(Fixtures.discountCap("max-15", 15)),
                                offers,
                                rogue,
                                visitor(),
                                ImpressionHistory.none()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside the eligible set");
    }
}
