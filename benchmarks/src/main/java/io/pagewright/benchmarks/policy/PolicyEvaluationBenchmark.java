package io.pagewright.benchmarks.policy;

import io.pagewright.content.Channel;
import io.pagewright.content.Offer;
import io.pagewright.decision.AssembledPage;
import io.pagewright.decision.Distribution;
import io.pagewright.decision.PageAssembler;
import io.pagewright.decision.PublishedSlot;
import io.pagewright.decision.PublishedSurface;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.SlotRequest;
import io.pagewright.decision.SlotStrategy;
import io.pagewright.decision.Visitor;
import io.pagewright.decision.Weighted;
import io.pagewright.policy.CapSubject;
import io.pagewright.policy.CompiledPolicy;
import io.pagewright.policy.ConsentRequired;
import io.pagewright.policy.Counter;
import io.pagewright.policy.DataResidency;
import io.pagewright.policy.DiscountCap;
import io.pagewright.policy.Exclusion;
import io.pagewright.policy.ExclusiveOffers;
import io.pagewright.policy.FrequencyCap;
import io.pagewright.policy.GuardedPage;
import io.pagewright.policy.GuardedPageAssembler;
import io.pagewright.policy.ImpressionHistory;
import io.pagewright.policy.ObjectiveWeighting;
import io.pagewright.policy.OfferBudget;
import io.pagewright.policy.Policy;
import io.pagewright.policy.PromptBudget;
import io.pagewright.policy.RequiredCompanion;
import io.pagewright.policy.Rule;
import io.pagewright.policy.SurfaceGuardrails;
import io.pagewright.policy.VariantSelector;
import io.pagewright.policy.Window;
import io.pagewright.policy.predicate.FieldCatalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Policy evaluation on one page: 5 slots of 50 candidates under 20 rules, 17 of which apply to the
 * visitor. The strategy is trivial (last eligible candidate, probability one) so that the figures
 * are about the policy; {@link #plainAssembly} is the same page without a policy, for comparison.
 * Results and the command: docs/benchmarks.md, section "Policy evaluation".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PolicyEvaluationBenchmark {

    private static final List<String> COMPONENT_TYPES =
            List.of("hero-banner", "offer-block", "tooltip", "legal-note", "empty");
    private static final List<String> CATEGORIES =
            List.of("alcohol", "tobacco", "kids", "sports", "tech", "garden");
    private static final List<String> OFFER_TYPES =
            List.of("discount", "free-shipping", "loyalty-bonus");

    private PublishedSurface surface;
    private SurfaceGuardrails guardrails;
    private CompiledPolicy policy;
    private Visitor visitor;
    private ImpressionHistory history;
    private GuardedPageAssembler guarded;
    private PageAssembler plain;
    private UUID pageId;

    @Setup
    public void setUp() {
        surface = surface(new SplittableRandom(7));
        policy =
                CompiledPolicy.compile(
                        new Policy("benchmark", 1L, rules()), FieldCatalog.defaults());
        guardrails = policy.on(surface);
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("ageBand", "under-18");
        attributes.put("region", "eu");
        attributes.put("ltvBand", "high");
        attributes.put("planTier", "free");
        attributes.put("teamSize", 12);
        attributes.put("consent.personalization", true);
        visitor = new Visitor("visitor-1", attributes);
        Map<Counter, Integer> counts = new HashMap<>();
        counts.put(Counter.variant("s0-v3"), 2);
        counts.put(Counter.offerType("discount"), 1);
        counts.put(Counter.componentType("tooltip"), 2);
        history = (counter, window) -> counts.getOrDefault(counter, 0);
        guarded = new GuardedPageAssembler(LAST_ELIGIBLE);
        plain = new PageAssembler(LAST_ELIGIBLE);
        pageId = UUID.fromString("6f1c2b1e-3a4d-4c2b-9f0e-2d5b7c8a9e10");
    }

    @Benchmark
    public GuardedPage guardedAssembly() {
        return guarded.assemble(guardrails, visitor, history, pageId);
    }

    @Benchmark
    public AssembledPage plainAssembly() {
        return plain.assemble(surface, visitor, pageId);
    }

    @Benchmark
    public SurfaceGuardrails preparePolicyForSurface() {
        return policy.on(surface);
    }

    /**
     * The last eligible candidate with probability one: about as cheap as a strategy can be, and
     * unlike the first (the empty default) it often picks offers and prompts, so page rules bite.
     */
    private static final SlotStrategy LAST_ELIGIBLE =
            new SlotStrategy() {
                @Override
                public String id() {
                    return "last";
                }

                @Override
                public Distribution distribute(SlotRequest request) {
                    List<PublishedVariant> eligible = request.eligible();
                    List<Weighted> entries = new ArrayList<>(eligible.size());
                    for (int i = 0; i < eligible.size(); i++) {
                        entries.add(
                                new Weighted(
                                        eligible.get(i),
                                        0,
                                        i == eligible.size() - 1 ? 1.0 : 0.0,
                                        "last"));
                    }
                    return new Distribution(entries);
                }
            };

    private static PublishedSurface surface(SplittableRandom random) {
        List<PublishedSlot> slots = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            List<PublishedVariant> variants = new ArrayList<>();
            variants.add(PublishedVariant.builder("s" + s + "-none", "empty").build());
            for (int v = 1; v < 50; v++) {
                PublishedVariant.Builder builder =
                        PublishedVariant.builder(
                                        "s" + s + "-v" + v,
                                        COMPONENT_TYPES.get(random.nextInt(COMPONENT_TYPES.size())))
                                .categories(
                                        List.of(CATEGORIES.get(random.nextInt(CATEGORIES.size()))))
                                .intents(List.of("research"));
                if (random.nextInt(10) < 4) {
                    String type = OFFER_TYPES.get(random.nextInt(OFFER_TYPES.size()));
                    builder.offer(
                            type.equals("discount")
                                    ? Offer.discount(BigDecimal.valueOf(5 + random.nextInt(30)))
                                    : Offer.of(type));
                }
                if (random.nextInt(10) < 2) {
                    builder.content(Map.of("legalText", "Terms apply."));
                }
                variants.add(builder.build());
            }
            slots.add(new PublishedSlot("slot-" + s, s, "s" + s + "-none", variants));
        }
        return new PublishedSurface("home", Channel.WEB, slots);
    }

    private static List<Rule> rules() {
        Optional<String> everyone = Optional.empty();
        return List.of(
                new ConsentRequired("consent", List.of(), everyone, "consent.personalization"),
                new DiscountCap("max-15", List.of(), everyone, BigDecimal.valueOf(15)),
                new DiscountCap(
                        "max-10-free-plan",
                        List.of(),
                        Optional.of("planTier == \"free\""),
                        BigDecimal.TEN),
                new Exclusion(
                        "minors",
                        List.of(),
                        Optional.of("ageBand == \"under-18\" or not ageBand exists"),
                        VariantSelector.categories("alcohol", "tobacco")),
                new Exclusion(
                        "eu-no-garden",
                        List.of(),
                        Optional.of("region in [\"eu\", \"uk\"] and teamSize >= 10"),
                        VariantSelector.categories("garden")),
                new Exclusion(
                        "us-only",
                        List.of(),
                        Optional.of("region == \"us\""),
                        VariantSelector.categories("sports")),
                new Exclusion(
                        "no-hero-for-free",
                        List.of(),
                        Optional.of("planTier == \"free\" and ltvBand != \"low\""),
                        VariantSelector.variants("s1-v7", "s2-v8")),
                new OfferBudget(
                        "one-discount-per-session",
                        List.of(),
                        everyone,
                        Optional.of("discount"),
                        1,
                        2),
                new OfferBudget(
                        "two-offers-per-page", List.of(), everyone, Optional.empty(), 2, null),
                new ExclusiveOffers("no-conflicting-offers", List.of(), everyone, OFFER_TYPES),
                new FrequencyCap(
                        "s0-v3-daily",
                        List.of(),
                        everyone,
                        CapSubject.VARIANT,
                        "s0-v3",
                        2,
                        Window.DAY),
                new FrequencyCap(
                        "slot-4-weekly",
                        List.of(),
                        everyone,
                        CapSubject.SLOT,
                        "slot-4",
                        10,
                        Window.WEEK),
                new FrequencyCap(
                        "shipping-weekly",
                        List.of(),
                        everyone,
                        CapSubject.OFFER_TYPE,
                        "free-shipping",
                        3,
                        Window.WEEK),
                new FrequencyCap(
                        "s3-v9-session",
                        List.of(),
                        everyone,
                        CapSubject.VARIANT,
                        "s3-v9",
                        1,
                        Window.SESSION),
                new PromptBudget("three-prompts", List.of(), everyone, List.of("tooltip"), 3),
                new RequiredCompanion(
                        "offers-need-terms",
                        List.of(),
                        everyone,
                        VariantSelector.offerTypes("loyalty-bonus"),
                        VariantSelector.contentFields("legalText")),
                new RequiredCompanion(
                        "discounts-need-note",
                        List.of(),
                        Optional.of("region == \"eu\""),
                        VariantSelector.offerTypes("discount"),
                        VariantSelector.componentTypes("legal-note")),
                new DataResidency(
                        "eu-residency",
                        List.of(),
                        Optional.of("region == \"eu\""),
                        List.of("ageBand", "ltvBand")),
                new ObjectiveWeighting(
                        "margin-for-high-ltv",
                        List.of(),
                        Optional.of("ltvBand == \"high\""),
                        Map.of("margin", 0.7, "conversion", 0.3)),
                new ObjectiveWeighting(
                        "default-objective",
                        List.of("checkout"),
                        everyone,
                        Map.of("conversion", 1.0)));
    }
}
