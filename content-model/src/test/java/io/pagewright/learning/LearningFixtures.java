package io.pagewright.learning;

import io.pagewright.content.Offer;
import io.pagewright.decision.Distribution;
import io.pagewright.decision.PublishedSlot;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.SlotRequest;
import io.pagewright.decision.Visitor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToDoubleBiFunction;

/** Variants, visitors and a tiny simulated world shared by the learning tests. */
final class LearningFixtures {

    static final String SURFACE = "home";
    static final List<String> INTENTS = List.of("research", "comparison", "ready-to-buy");

    private LearningFixtures() {}

    static PublishedVariant variant(String key, Set<String> intents, Set<String> stages) {
        return PublishedVariant.builder(key, "hero-banner")
                .intents(intents)
                .lifecycleStages(stages)
                .build();
    }

    /** Four hero variants: one per intent and a neutral default. */
    static List<PublishedVariant> heroes() {
        return List.of(
                variant("seasonal", Set.of(), Set.of()),
                variant("guide", Set.of("research"), Set.of("new-visitor")),
                variant("compare", Set.of("comparison"), Set.of()),
                PublishedVariant.builder("deal", "offer-block")
                        .intents(Set.of("ready-to-buy"))
                        .categories(Set.of("shoes"))
                        .offer(new Offer("discount", new BigDecimal("15"), "low"))
                        .build());
    }

    static PublishedSlot slot(List<PublishedVariant> variants) {
        return new PublishedSlot("hero", 0, variants.getFirst().key(), variants);
    }

    static SlotRequest request(List<PublishedVariant> variants, Visitor visitor) {
        return new SlotRequest(slot(variants), variants, visitor);
    }

    static Visitor visitor(String id, String intent, String stage, String device) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("intent", intent);
        attributes.put("lifecycleStage", stage);
        attributes.put("device", device);
        return new Visitor(id, attributes);
    }

    /** A settings variant for tests: the defaults with some values changed. */
    static BanditSettings settings(Object... nameValuePairs) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            values.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return BanditSettings.from(values);
    }

    /**
     * Runs {@code rounds} decisions for random visitors against click probabilities {@code ctr}
     * (visitor, variant key), learning in micro-batches of {@code batch}.
     */
    static void simulate(
            SlotModel model,
            List<PublishedVariant> variants,
            ToDoubleBiFunction<Visitor, String> ctr,
            int rounds,
            int batch,
            long seed) {
        BanditStrategy strategy =
                new BanditStrategy(new SlotModels(SURFACE, model.current().settings()));
        SplittableRandom random = new SplittableRandom(seed);
        List<Observation> pending = new ArrayList<>();
        for (int t = 0; t < rounds; t++) {
            Visitor visitor =
                    visitor(
                            "v" + t,
                            INTENTS.get(random.nextInt(INTENTS.size())),
                            random.nextBoolean() ? "new-visitor" : "returning",
                            random.nextBoolean() ? "mobile" : "desktop");
            SlotRequest request = request(variants, visitor);
            ModelState state = model.current();
            Distribution distribution = strategy.distribute(request, state);
            var chosen = distribution.sample(random.nextDouble());
            boolean clicked =
                    random.nextDouble() < ctr.applyAsDouble(visitor, chosen.variant().key());
            pending.add(
                    new Observation(
                            strategy.features(request, state, chosen.variant().key()),
                            chosen.probability(),
                            clicked ? Outcome.click() : Outcome.none()));
            if (pending.size() == batch) {
                model.learn(pending);
                pending.clear();
            }
        }
        model.learn(pending);
    }
}
