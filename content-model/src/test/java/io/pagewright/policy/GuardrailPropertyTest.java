package io.pagewright.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.pagewright.content.Channel;
import io.pagewright.content.Offer;
import io.pagewright.decision.Distribution;
import io.pagewright.decision.PublishedSlot;
import io.pagewright.decision.PublishedSurface;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.SlotRequest;
import io.pagewright.decision.SlotStrategy;
import io.pagewright.decision.Visitor;
import io.pagewright.decision.Weighted;
import io.pagewright.policy.predicate.FieldCatalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Random catalogs, visitors, histories, policies and strategies: no assembled page or session ever
 * breaks an active rule, as judged by {@link IndependentChecker}, and every logged probability is
 * valid within its slot's final eligible set.
 */
class GuardrailPropertyTest {

    private static final List<String> COMPONENT_TYPES =
            List.of("banner", "offer-block", "tooltip", "legal", "empty");
    private static final List<String> CATEGORIES = List.of("alcohol", "kids", "sports", "tech");
    private static final List<String> OFFER_TYPES =
            List.of("discount", "free-shipping", "loyalty-bonus");
    private static final List<String> SEGMENTS =
            List.of(
                    "ageBand == \"under-18\" or not ageBand exists",
                    "region in [\"eu\", \"uk\"]",
                    "not consent.personalization",
                    "ltvBand != \"low\" and region == \"us\"");

    @Property(tries = 400)
    void noSessionEverBreaksAnActiveRuleAndProbabilitiesAreValid(
            @ForAll("surfaces") PublishedSurface surface,
            @ForAll("policies") Policy policy,
            @ForAll("visitors") Visitor visitor,
            @ForAll("histories") Fixtures.History history,
            @ForAll("strategies") SlotStrategy strategy,
            @ForAll("pageIds") List<UUID> pages) {
        Assume.that(new PolicyValidator(FieldCatalog.defaults()).validate(policy).isEmpty());
        CompiledPolicy compiled = CompiledPolicy.compile(policy, FieldCatalog.defaults());
        IndependentChecker checker = new IndependentChecker(policy, surface);
        Recording recording = new Recording(strategy);
        GuardedPageAssembler assembler = new GuardedPageAssembler(recording);

        for (UUID pageId : pages) {
            GuardedPage page = assembler.assemble(compiled.on(surface), visitor, history, pageId);

            assertThat(checker.violations(visitor, history, page)).isEmpty();
            assertThat(IndependentChecker.probabilityViolations(page)).isEmpty();
            assertThat(page.impressions()).isEqualTo(expectedImpressions(page, checker));
            assertThat(page.policy()).isEqualTo(compiled.version());
            history.record(page.impressions());
        }
        recording.seen.forEach(seen ->
                assertThat(seen.attributes())
                        .doesNotContainKeys(checker.withheld(visitor).toArray(String[]::new)));
    }

    private static List<Counter> expectedImpressions(GuardedPage page, IndependentChecker checker) {
        List<Counter> expected = new ArrayList<>();
        page.page()
                .slots()
                .forEach(d -> {
                    PublishedVariant v = checker.variant(d.slot(), d.variant());
                    expected.add(Counter.variant(v.key()));
                    expected.add(Counter.slot(d.slot()));
                    expected.add(Counter.componentType(v.componentType()));
                    v.offer()
                            .ifPresent(o -> {
                                expected.add(Counter.offerType(o.type()));
                                expected.add(Counter.anyOffer());
                            });
                });
        return expected;
    }

    @Provide
    Arbitrary<PublishedSurface> surfaces() {
        Arbitrary<Optional<Offer>> offers =
                Arbitraries.oneOf(
                        Arbitraries.just(Optional.empty()),
                        Arbitraries.of(5, 10, 15, 20, 30)
                                .map(p -> Optional.of(Offer.discount(BigDecimal.valueOf(p)))),
                        Arbitraries.of(OFFER_TYPES).map(t -> Optional.of(Offer.of(t))));
        Arbitrary<PublishedVariant.Builder> variants =
                Combinators.combine(
                                Arbitraries.of(COMPONENT_TYPES),
                                Arbitraries.subsetOf(CATEGORIES),
                                offers,
                                Arbitraries.of(true, false),
                                Arbitraries.of("", "promo", "hero-a"))
                        .as((type, categories, offer, legal, sharedKey) ->
                                PublishedVariant.builder(sharedKey, type)
                                        .categories(categories)
                                        .offer(offer.orElse(null))
                                        .content(
                                                legal
                                                        ? Map.of("legalText", "Terms apply.")
                                                        : Map.of()));
        return variants.list()
                .ofMinSize(1)
                .ofMaxSize(6)
                .list()
                .ofMinSize(1)
                .ofMaxSize(5)
                .map(GuardrailPropertyTest::surface);
    }

    private static PublishedSurface surface(List<List<PublishedVariant.Builder>> slots) {
        List<PublishedSlot> published = new ArrayList<>();
        for (int s = 0; s < slots.size(); s++) {
            List<PublishedVariant> variants = new ArrayList<>();
            for (int v = 0; v < slots.get(s).size(); v++) {
                PublishedVariant built = slots.get(s).get(v).build();
                String key =
                        built.key().isEmpty()
                                        || variants.stream()
                                                .anyMatch(x -> x.key().equals(built.key()))
                                ? "s" + s + "-v" + v
                                : built.key();
                variants.add(
                        PublishedVariant.builder(key, built.componentType())
                                .categories(built.categories())
                                .offer(built.offer().orElse(null))
                                .content(built.content())
                                .build());
            }
            published.add(new PublishedSlot("slot-" + s, s, variants.getFirst().key(), variants));
        }
        return new PublishedSurface("home", Channel.WEB, published);
    }

    @Provide
    Arbitrary<Policy> policies() {
        Arbitrary<Optional<String>> when =
                Arbitraries.oneOf(
                        Arbitraries.just(Optional.empty()),
                        Arbitraries.of(SEGMENTS).map(Optional::of));
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 2);
        Arbitrary<Optional<String>> offerType =
                Arbitraries.oneOf(
                        Arbitraries.just(Optional.empty()),
                        Arbitraries.of(OFFER_TYPES).map(Optional::of));
        Arbitrary<VariantSelector> selector =
                Arbitraries.oneOf(
                        Arbitraries.just(VariantSelector.offers()),
                        Arbitraries.of(OFFER_TYPES).map(VariantSelector::offerTypes),
                        Arbitraries.of(CATEGORIES).map(VariantSelector::categories),
                        Arbitraries.of(COMPONENT_TYPES).map(VariantSelector::componentTypes),
                        Arbitraries.just(VariantSelector.contentFields("legalText")),
                        Arbitraries.of("promo", "hero-a").map(VariantSelector::variants));
        Arbitrary<Rule> rules =
                Arbitraries.oneOf(
                        Combinators.combine(when, Arbitraries.of(0, 5, 10, 15, 25))
                                .as((w, max) ->
                                        new DiscountCap(
                                                "r", List.of(), w, BigDecimal.valueOf(max))),
                        Combinators.combine(when, selector)
                                .as((w, s) -> new Exclusion("r", List.of(), w, s)),
                        Combinators.combine(
                                        when,
                                        offerType,
                                        small.injectNull(0.3),
                                        small.injectNull(0.3))
                                .as((w, t, page, session) ->
                                        new OfferBudget(
                                                "r",
                                                List.of(),
                                                w,
                                                t,
                                                page,
                                                page == null && session == null
                                                        ? Integer.valueOf(1)
                                                        : session)),
                        Combinators.combine(when, Arbitraries.subsetOf(OFFER_TYPES).ofMinSize(2))
                                .as((w, types) ->
                                        new ExclusiveOffers("r", List.of(), w, List.copyOf(types))),
                        Combinators.combine(
                                        when,
                                        Arbitraries.of(CapSubject.values()),
                                        Arbitraries.of(
                                                "promo",
                                                "hero-a",
                                                "slot-0",
                                                "slot-1",
                                                "discount",
                                                "free-shipping"),
                                        small,
                                        Arbitraries.of(Window.values()))
                                .as((w, subject, key, max, window) ->
                                        new FrequencyCap(
                                                "r", List.of(), w, subject, key, max, window)),
                        Combinators.combine(when, Arbitraries.integers().between(0, 3))
                                .as((w, max) ->
                                        new PromptBudget(
                                                "r", List.of(), w, List.of("tooltip"), max)),
                        Combinators.combine(when, selector, selector)
                                .as((w, trigger, companion) ->
                                        new RequiredCompanion(
                                                "r", List.of(), w, trigger, companion)),
                        when.map(w ->
                                new ConsentRequired("r", List.of(), w, "consent.personalization")),
                        Arbitraries.just(
                                new DataResidency(
                                        "r",
                                        List.of(),
                                        Optional.of("region == \"eu\""),
                                        List.of("ageBand", "ltvBand"))),
                        when.map(w ->
                                new ObjectiveWeighting("r", List.of(), w, Map.of("margin", 1.0))));
        return rules.list().ofMaxSize(8).map(GuardrailPropertyTest::withIds);
    }

    private static Policy withIds(List<Rule> rules) {
        List<Rule> identified = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            identified.add(
                    Fixtures.JSON.readValue(
                            Fixtures.JSON
                                    .writeValueAsString(rules.get(i))
                                    .replace("\"id\":\"r\"", "\"id\":\"rule-" + i + "\""),
                            Rule.class));
        }
        return new Policy("random", 1L, identified);
    }

    @Provide
    Arbitrary<Visitor> visitors() {
        return Combinators.combine(
                        Arbitraries.of("under-18", "25-44", "").injectNull(0.2),
                        Arbitraries.of("eu", "uk", "us").injectNull(0.2),
                        Arbitraries.of(true, false).injectNull(0.2),
                        Arbitraries.of("low", "high").injectNull(0.2))
                .as((age, region, consent, ltv) -> {
                    Map<String, Object> attributes = new LinkedHashMap<>();
                    attributes.put("ageBand", age == null || age.isEmpty() ? null : age);
                    attributes.put("region", region);
                    attributes.put("consent.personalization", consent);
                    attributes.put("ltvBand", ltv);
                    return new Visitor("visitor", attributes);
                });
    }

    @Provide
    Arbitrary<Fixtures.History> histories() {
        Arbitrary<Counter> counters =
                Arbitraries.oneOf(
                        Arbitraries.of("promo", "hero-a").map(Counter::variant),
                        Arbitraries.of("slot-0", "slot-1").map(Counter::slot),
                        Arbitraries.of(OFFER_TYPES).map(Counter::offerType),
                        Arbitraries.just(Counter.anyOffer()),
                        Arbitraries.just(Counter.componentType("tooltip")));
        return Combinators.combine(
                        counters,
                        Arbitraries.of(Window.values()),
                        Arbitraries.integers().between(0, 3))
                .as(Tuple::of)
                .list()
                .ofMaxSize(5)
                .map(entries -> {
                    Fixtures.History history = new Fixtures.History();
                    entries.forEach(e -> history.with(e.get1(), e.get2(), e.get3()));
                    return history;
                });
    }

    @Provide
    Arbitrary<SlotStrategy> strategies() {
        return Arbitraries.oneOf(
                Arbitraries.of(Fixtures.UNIFORM, Fixtures.LAST),
                Arbitraries.longs().map(GuardrailPropertyTest::randomWeights));
    }

    /** Seeded weights per variant key, some of them zero: a strategy with favourites. */
    private static SlotStrategy randomWeights(long seed) {
        return Fixtures.strategy(
                "random-" + seed,
                eligible -> {
                    double[] weights =
                            eligible.stream()
                                    .mapToDouble(v ->
                                            Math.max(
                                                    0,
                                                    new java.util.SplittableRandom(
                                                                            seed
                                                                                    ^ v.key()
                                                                                            .hashCode())
                                                                    .nextDouble()
                                                            - 0.3))
                                    .toArray();
                    double sum = java.util.Arrays.stream(weights).sum();
                    List<Weighted> entries = new ArrayList<>();
                    for (int i = 0; i < weights.length; i++) {
                        double p = sum == 0 ? (i == 0 ? 1.0 : 0.0) : weights[i] / sum;
                        entries.add(new Weighted(eligible.get(i), weights[i], p, "weighted"));
                    }
                    return entries;
                });
    }

    @Provide
    Arbitrary<List<UUID>> pageIds() {
        return Arbitraries.longs().map(l -> new UUID(l, ~l)).list().ofMinSize(1).ofMaxSize(3);
    }

    /** Remembers every visitor a strategy was given. */
    private static final class Recording implements SlotStrategy {
        private final SlotStrategy delegate;
        private final List<Visitor> seen = new ArrayList<>();

        Recording(SlotStrategy delegate) {
            this.delegate = delegate;
        }

        @Override
        public String id() {
            return delegate.id();
        }

        @Override
        public Distribution distribute(SlotRequest request) {
            seen.add(request.visitor());
            return delegate.distribute(request);
        }
    }
}
