package io.pagewright.benchmarks.learning;

import io.pagewright.content.Offer;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.Visitor;
import io.pagewright.learning.Objective;
import io.pagewright.learning.Outcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A synthetic shop with known ground truth. A visitor's click probability for a variant depends on
 * tag matches (intent, lifecycle stage), device × component type, traffic source × offer, the
 * variant's own quality and a hidden per-segment (intent × stage) effect that no tag reveals;
 * conversion depends on offers, intent and LTV band; order value on LTV band and discount. Halfway
 * through, the hidden effects of two intents are redrawn: the best variant for those segments
 * changes (drift).
 */
final class SimulatedWorld {

    static final List<String> INTENTS =
            List.of("research", "comparison", "ready-to-buy", "post-purchase");
    static final List<String> STAGES = List.of("new-visitor", "returning", "loyal");
    static final List<String> SOURCES = List.of("search", "paid-search", "direct", "email");
    static final List<String> REGIONS = List.of("eu", "us", "apac");
    static final List<String> LTV = List.of("low", "mid", "high");
    static final Set<String> DRIFTING = Set.of("comparison", "ready-to-buy");
    static final Objective OBJECTIVE = new Objective(1, 2, 1, 0, 100);

    final List<PublishedVariant> variants = catalogue();
    private final double[] quality;
    private final double[][][] hiddenBefore;
    private final double[][][] hiddenAfter;

    SimulatedWorld(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int k = variants.size();
        quality = new double[k];
        for (int a = 0; a < k; a++) {
            quality[a] = 0.3 * gaussian(random);
        }
        hiddenBefore = hidden(random, k);
        hiddenAfter = hidden(random, k);
        for (int i = 0; i < INTENTS.size(); i++) {
            if (!DRIFTING.contains(INTENTS.get(i))) {
                hiddenAfter[i] = hiddenBefore[i];
            }
        }
    }

    /** The rounds of one run: who comes, and the random numbers every contender shares. */
    List<Round> stream(int rounds, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Round> stream = new ArrayList<>(rounds);
        for (int t = 0; t < rounds; t++) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            int intent = random.nextInt(INTENTS.size());
            int stage = random.nextInt(STAGES.size());
            attributes.put("intent", INTENTS.get(intent));
            attributes.put("lifecycleStage", STAGES.get(stage));
            attributes.put("device", random.nextDouble() < 0.6 ? "mobile" : "desktop");
            attributes.put("trafficSource", SOURCES.get(random.nextInt(SOURCES.size())));
            attributes.put("region", REGIONS.get(random.nextInt(REGIONS.size())));
            attributes.put("ltvBand", LTV.get(random.nextInt(LTV.size())));
            Visitor visitor = new Visitor("v" + t, attributes);
            boolean drifted = t >= rounds / 2;
            double[] expected = new double[variants.size()];
            for (int a = 0; a < variants.size(); a++) {
                expected[a] = expectedReward(visitor, a, intent, stage, drifted);
            }
            stream.add(
                    new Round(
                            t,
                            visitor,
                            intent,
                            stage,
                            drifted,
                            expected,
                            random.nextDouble(),
                            random.nextDouble(),
                            random.nextDouble()));
        }
        return stream;
    }

    /**
     * What showing variant {@code a} in {@code round} leads to, with the round's shared randomness.
     */
    Outcome outcome(Round round, int a) {
        if (round.uClick()
                >= click(round.visitor(), a, round.intent(), round.stage(), round.drifted())) {
            return Outcome.none();
        }
        if (round.uConvert() >= conversion(round.visitor(), a)) {
            return Outcome.click();
        }
        double value = orderValue(round.visitor(), a);
        return Outcome.purchase(value, value * marginRate(a));
    }

    private double expectedReward(Visitor v, int a, int intent, int stage, boolean drifted) {
        double click = click(v, a, intent, stage, drifted);
        double convert = conversion(v, a);
        double value = Math.min(orderValue(v, a) / OBJECTIVE.revenueScale(), Objective.AMOUNT_CAP);
        double sum =
                OBJECTIVE.click() * click
                        + OBJECTIVE.conversion() * click * convert
                        + OBJECTIVE.revenue() * click * convert * value;
        return sum / (OBJECTIVE.click() + OBJECTIVE.conversion() + OBJECTIVE.revenue());
    }

    private double click(Visitor v, int a, int intent, int stage, boolean drifted) {
        PublishedVariant variant = variants.get(a);
        double logit = -2.3 + quality[a] + (drifted ? hiddenAfter : hiddenBefore)[intent][stage][a];
        logit += variant.intents().contains(INTENTS.get(intent)) ? 0.5 : 0;
        logit += variant.lifecycleStages().contains(STAGES.get(stage)) ? 0.25 : 0;
        if ("mobile".equals(v.attributes().get("device"))) {
            logit +=
                    switch (variant.componentType()) {
                        case "video" -> -0.4;
                        case "comparison-table" -> -0.5;
                        case "product-rail" -> 0.3;
                        default -> 0;
                    };
        }
        if ("paid-search".equals(v.attributes().get("trafficSource"))
                && variant.offer().isPresent()) {
            logit += 0.3;
        }
        return sigmoid(logit);
    }

    private double conversion(Visitor v, int a) {
        PublishedVariant variant = variants.get(a);
        double logit = -1.2 + (variant.offer().isPresent() ? 0.6 : 0);
        logit += "ready-to-buy".equals(v.attributes().get("intent")) ? 0.4 : 0;
        logit += "high".equals(v.attributes().get("ltvBand")) ? 0.3 : 0;
        return sigmoid(logit);
    }

    private double orderValue(Visitor v, int a) {
        double base =
                switch ((String) v.attributes().get("ltvBand")) {
                    case "high" -> 150;
                    case "low" -> 70;
                    default -> 100;
                };
        double discount =
                variants.get(a)
                        .offer()
                        .map(Offer::discountPercent)
                        .map(BigDecimal::doubleValue)
                        .orElse(0.0);
        return base * (1 - discount / 100);
    }

    private double marginRate(int a) {
        return variants.get(a)
                .offer()
                .map(Offer::marginClass)
                .map(m ->
                        switch (m) {
                            case "low" -> 0.1;
                            case "high" -> 0.4;
                            default -> 0.25;
                        })
                .orElse(0.3);
    }

    private static double[][][] hidden(SplittableRandom random, int k) {
        double[][][] hidden = new double[INTENTS.size()][STAGES.size()][k];
        for (double[][] byStage : hidden) {
            for (double[] byVariant : byStage) {
                for (int a = 0; a < k; a++) {
                    byVariant[a] = 0.6 * gaussian(random);
                }
            }
        }
        return hidden;
    }

    private static List<PublishedVariant> catalogue() {
        return List.of(
                PublishedVariant.builder("seasonal", "hero-banner").build(),
                PublishedVariant.builder("guide", "hero-banner")
                        .intents(Set.of("research"))
                        .lifecycleStages(Set.of("new-visitor"))
                        .build(),
                PublishedVariant.builder("compare-table", "comparison-table")
                        .intents(Set.of("comparison"))
                        .build(),
                PublishedVariant.builder("deal-15", "offer-block")
                        .intents(Set.of("ready-to-buy"))
                        .offer(new Offer("discount", new BigDecimal("15"), "low"))
                        .build(),
                PublishedVariant.builder("free-shipping", "offer-block")
                        .intents(Set.of("ready-to-buy"))
                        .offer(new Offer("free-shipping", null, "standard"))
                        .build(),
                PublishedVariant.builder("loyalty", "hero-banner")
                        .lifecycleStages(Set.of("loyal"))
                        .offer(new Offer("loyalty-bonus", null, "high"))
                        .build(),
                PublishedVariant.builder("reviews", "social-proof")
                        .intents(Set.of("comparison", "research"))
                        .build(),
                PublishedVariant.builder("new-arrivals", "product-rail")
                        .intents(Set.of("research"))
                        .categories(Set.of("shoes"))
                        .build(),
                PublishedVariant.builder("accessories", "product-rail")
                        .intents(Set.of("post-purchase"))
                        .lifecycleStages(Set.of("loyal"))
                        .build(),
                PublishedVariant.builder("video", "video")
                        .intents(Set.of("research"))
                        .lifecycleStages(Set.of("new-visitor"))
                        .build());
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller: SplittableRandom has no nextGaussian
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
                * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
