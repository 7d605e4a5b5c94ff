package io.pagewright.policy;

import io.pagewright.content.Channel;
import io.pagewright.content.Offer;
import io.pagewright.decision.PublishedSlot;
import io.pagewright.decision.PublishedSurface;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.SlotStrategy;
import io.pagewright.decision.Visitor;
import io.pagewright.decision.Weighted;
import io.pagewright.policy.predicate.FieldCatalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Random surfaces, policies, visitors, histories, strategies and sessions for {@link
 * GuardrailPropertyTest}, all drawn from one seed so that a failing case replays exactly. Every
 * choice is uniform over its alternatives, collection sizes are uniform over their range and
 * optional values are absent with a fixed probability, as in the jqwik generators these replace.
 */
final class RandomCases {

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

    /** Far more than needed: an empty policy, always valid, comes up in one draw out of nine. */
    private static final int POLICY_ATTEMPTS = 1_000;

    private final SplittableRandom random;

    RandomCases(long seed) {
        this.random = new SplittableRandom(seed);
    }

    // ---- surfaces: 1-5 slots of 1-6 variants ----

    PublishedSurface surface() {
        int slotCount = between(1, 5);
        List<PublishedSlot> slots = new ArrayList<>();
        for (int s = 0; s < slotCount; s++) {
            int variantCount = between(1, 6);
            List<PublishedVariant> variants = new ArrayList<>();
            for (int v = 0; v < variantCount; v++) {
                variants.add(variant(s, v, variants));
            }
            slots.add(new PublishedSlot("slot-" + s, s, variants.getFirst().key(), variants));
        }
        return new PublishedSurface("home", Channel.WEB, slots);
    }

    /** Shared keys ("promo", "hero-a") recur across slots; within a slot a key is unique. */
    private PublishedVariant variant(int slot, int position, List<PublishedVariant> before) {
        String type = pick(COMPONENT_TYPES);
        List<String> categories = subset(CATEGORIES, 0);
        Optional<Offer> offer = offer();
        boolean legal = random.nextBoolean();
        String sharedKey = pick(List.of("", "promo", "hero-a"));
        boolean taken = before.stream().anyMatch(x -> x.key().equals(sharedKey));
        String key = sharedKey.isEmpty() || taken ? "s" + slot + "-v" + position : sharedKey;
        return PublishedVariant.builder(key, type)
                .categories(categories)
                .offer(offer.orElse(null))
                .content(legal ? Map.of("legalText", "Terms apply.") : Map.of())
                .build();
    }

    private Optional<Offer> offer() {
        return switch (random.nextInt(3)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(Offer.discount(BigDecimal.valueOf(pick(5, 10, 15, 20, 30))));
            default -> Optional.of(Offer.of(pick(OFFER_TYPES)));
        };
    }

    // ---- policies: 0-8 rules, each of the ten kinds equally likely ----

    /**
     * A policy the validator accepts: invalid draws are drawn again from the same stream, which
     * keeps the case reproducible from its seed.
     */
    Policy validPolicy() {
        PolicyValidator validator = new PolicyValidator(FieldCatalog.defaults());
        for (int attempt = 0; attempt < POLICY_ATTEMPTS; attempt++) {
            Policy policy = policy();
            if (validator.validate(policy).isEmpty()) {
                return policy;
            }
        }
        throw new IllegalStateException("no valid policy in " + POLICY_ATTEMPTS + " draws");
    }

    Policy policy() {
        int count = between(0, 8);
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rules.add(rule("rule-" + i));
        }
        return new Policy("random", 1L, rules);
    }

    private Rule rule(String id) {
        return switch (random.nextInt(10)) {
            case 0 ->
                    new DiscountCap(
                            id, List.of(), when(), BigDecimal.valueOf(pick(0, 5, 10, 15, 25)));
            case 1 -> new Exclusion(id, List.of(), when(), selector());
            case 2 -> offerBudget(id);
            case 3 -> new ExclusiveOffers(id, List.of(), when(), subset(OFFER_TYPES, 2));
            case 4 ->
                    new FrequencyCap(
                            id,
                            List.of(),
                            when(),
                            pick(CapSubject.values()),
                            pick(
                                    "promo",
                                    "hero-a",
                                    "slot-0",
                                    "slot-1",
                                    "discount",
                                    "free-shipping"),
                            between(0, 2),
                            pick(Window.values()));
            case 5 -> new PromptBudget(id, List.of(), when(), List.of("tooltip"), between(0, 3));
            case 6 -> new RequiredCompanion(id, List.of(), when(), selector(), selector());
            case 7 -> new ConsentRequired(id, List.of(), when(), "consent.personalization");
            case 8 ->
                    new DataResidency(
                            id,
                            List.of(),
                            Optional.of("region == \"eu\""),
                            List.of("ageBand", "ltvBand"));
            default -> new ObjectiveWeighting(id, List.of(), when(), Map.of("margin", 1.0));
        };
    }

    /** Each limit is absent three times in ten; with both absent the session limit is one. */
    private OfferBudget offerBudget(String id) {
        Optional<String> when = when();
        Optional<String> type = maybe(() -> pick(OFFER_TYPES));
        Integer perPage = orNull(0.3, () -> between(0, 2));
        Integer perSession = orNull(0.3, () -> between(0, 2));
        if (perPage == null && perSession == null) {
            perSession = 1;
        }
        return new OfferBudget(id, List.of(), when, type, perPage, perSession);
    }

    /** Every page half of the time, else one of the segments. */
    private Optional<String> when() {
        return maybe(() -> pick(SEGMENTS));
    }

    private VariantSelector selector() {
        return switch (random.nextInt(6)) {
            case 0 -> VariantSelector.offers();
            case 1 -> VariantSelector.offerTypes(pick(OFFER_TYPES));
            case 2 -> VariantSelector.categories(pick(CATEGORIES));
            case 3 -> VariantSelector.componentTypes(pick(COMPONENT_TYPES));
            case 4 -> VariantSelector.contentFields("legalText");
            default -> VariantSelector.variants(pick("promo", "hero-a"));
        };
    }

    // ---- visitors, histories, strategies, sessions ----

    /** Each attribute unknown two times in ten; an empty age band also counts as unknown. */
    Visitor visitor() {
        String age = orNull(0.2, () -> pick("under-18", "25-44", ""));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("ageBand", age == null || age.isEmpty() ? null : age);
        attributes.put("region", orNull(0.2, () -> pick("eu", "uk", "us")));
        attributes.put("consent.personalization", orNull(0.2, random::nextBoolean));
        attributes.put("ltvBand", orNull(0.2, () -> pick("low", "high")));
        return new Visitor("visitor", attributes);
    }

    /** Up to five counts of 0-3 impressions, on counters the policies' rules look at. */
    Fixtures.History history() {
        Fixtures.History history = new Fixtures.History();
        int entries = between(0, 5);
        for (int i = 0; i < entries; i++) {
            history.with(counter(), pick(Window.values()), between(0, 3));
        }
        return history;
    }

    private Counter counter() {
        return switch (random.nextInt(5)) {
            case 0 -> Counter.variant(pick("promo", "hero-a"));
            case 1 -> Counter.slot(pick("slot-0", "slot-1"));
            case 2 -> Counter.offerType(pick(OFFER_TYPES));
            case 3 -> Counter.anyOffer();
            default -> Counter.componentType("tooltip");
        };
    }

    /** Uniform or last-favourite a quarter of the time each, else seeded random weights. */
    SlotStrategy strategy() {
        if (random.nextBoolean()) {
            return random.nextBoolean() ? Fixtures.UNIFORM : Fixtures.LAST;
        }
        return randomWeights(random.nextLong());
    }

    /** Seeded weights per variant key, some of them zero: a strategy with favourites. */
    private static SlotStrategy randomWeights(long seed) {
        return Fixtures.strategy(
                "random-" + seed,
                eligible -> {
                    double[] weights =
                            eligible.stream()
                                    .mapToDouble(v -> weight(seed ^ v.key().hashCode()))
                                    .toArray();
                    double sum = Arrays.stream(weights).sum();
                    List<Weighted> entries = new ArrayList<>();
                    for (int i = 0; i < weights.length; i++) {
                        double p = sum == 0 ? (i == 0 ? 1.0 : 0.0) : weights[i] / sum;
                        entries.add(new Weighted(eligible.get(i), weights[i], p, "weighted"));
                    }
                    return entries;
                });
    }

    private static double weight(long seed) {
        return Math.max(0, new SplittableRandom(seed).nextDouble() - 0.3);
    }

    /** The page decision ids of a session of one to three pages. */
    List<UUID> pageIds() {
        int pages = between(1, 3);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            long l = random.nextLong();
            ids.add(new UUID(l, ~l));
        }
        return ids;
    }

    // ---- primitive draws ----

    private int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Present or empty with equal probability. */
    private <T> Optional<T> maybe(Supplier<T> value) {
        return random.nextBoolean() ? Optional.empty() : Optional.of(value.get());
    }

    private <T> T orNull(double nullProbability, Supplier<T> value) {
        return random.nextDouble() < nullProbability ? null : value.get();
    }

    /** A subset of at least {@code minSize}: its size uniform, then its members at random. */
    private List<String> subset(List<String> values, int minSize) {
        List<String> remaining = new ArrayList<>(values);
        int size = between(minSize, values.size());
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            chosen.add(remaining.remove(random.nextInt(remaining.size())));
        }
        return List.copyOf(chosen);
    }
}
