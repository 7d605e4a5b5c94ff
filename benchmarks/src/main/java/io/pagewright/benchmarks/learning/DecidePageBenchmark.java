package io.pagewright.benchmarks.learning;

import io.pagewright.content.Offer;
import io.pagewright.decision.Distribution;
import io.pagewright.decision.PublishedSlot;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.SlotRequest;
import io.pagewright.decision.Visitor;
import io.pagewright.learning.BanditSettings;
import io.pagewright.learning.BanditStrategy;
import io.pagewright.learning.ModelState;
import io.pagewright.learning.Observation;
import io.pagewright.learning.Outcome;
import io.pagewright.learning.SlotModel;
import io.pagewright.learning.SlotModels;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The learning strategy deciding one page: 5 slots × 50 eligible candidates, for a visitor with
 * eight attributes, against models that have learned from 20,000 outcomes each. Eligibility
 * (policies) is not part of this: the requests are built beforehand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecidePageBenchmark {

    private static final int SLOTS = 5;
    private static final int CANDIDATES = 50;
    private static final List<String> INTENTS = List.of("research", "comparison", "ready-to-buy");
    private static final List<String> STAGES = List.of("new-visitor", "returning", "loyal");

    private BanditStrategy strategy;
    private final List<SlotRequest> page = new ArrayList<>();
    private final List<ModelState> states = new ArrayList<>();

    @Setup
    public void setUp() {
        SlotModels models = new SlotModels("home", BanditSettings.DEFAULTS);
        strategy = new BanditStrategy(models);
        SplittableRandom random = new SplittableRandom(7);
        Visitor visitor = visitor(random, "bench");
        for (int s = 0; s < SLOTS; s++) {
            List<PublishedVariant> candidates = candidates(s, random);
            PublishedSlot slot =
                    new PublishedSlot("slot" + s, s, candidates.getFirst().key(), candidates);
            SlotModel model = models.model(slot.key());
            train(model, slot, candidates, random);
            page.add(new SlotRequest(slot, candidates, visitor));
            states.add(model.current());
        }
    }

    @Benchmark
    public void decidePage(Blackhole blackhole) {
        for (int s = 0; s < SLOTS; s++) {
            Distribution d = strategy.distribute(page.get(s), states.get(s));
            blackhole.consume(d);
        }
    }

    private void train(
            SlotModel model,
            PublishedSlot slot,
            List<PublishedVariant> candidates,
            SplittableRandom random) {
        List<Observation> batch = new ArrayList<>();
        for (int t = 0; t < 20_000; t++) {
            SlotRequest request = new SlotRequest(slot, candidates, visitor(random, "v" + t));
            ModelState state = model.current();
            String key = candidates.get(random.nextInt(CANDIDATES)).key();
            Outcome outcome = random.nextDouble() < 0.1 ? Outcome.click() : Outcome.none();
            batch.add(
                    new Observation(
                            strategy.features(request, state, key), 1.0 / CANDIDATES, outcome));
            if (batch.size() == 500) {
                model.learn(batch);
                batch.clear();
            }
        }
    }

    private static List<PublishedVariant> candidates(int slot, SplittableRandom random) {
        List<PublishedVariant> candidates = new ArrayList<>();
        for (int c = 0; c < CANDIDATES; c++) {
            PublishedVariant.Builder builder =
                    PublishedVariant.builder(
                                    "s" + slot + "-v" + c,
                                    c % 3 == 0 ? "offer-block" : "hero-banner")
                            .intents(Set.of(INTENTS.get(random.nextInt(INTENTS.size()))))
                            .lifecycleStages(Set.of(STAGES.get(random.nextInt(STAGES.size()))))
                            .categories(Set.of("category" + random.nextInt(5)));
            if (c % 3 == 0) {
                builder.offer(
                        new Offer(
                                "discount", BigDecimal.valueOf(5 * random.nextInt(5)), "standard"));
            }
            candidates.add(builder.build());
        }
        return candidates;
    }

    private static Visitor visitor(SplittableRandom random, String id) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("intent", INTENTS.get(random.nextInt(INTENTS.size())));
        attributes.put("lifecycleStage", STAGES.get(random.nextInt(STAGES.size())));
        attributes.put("device", random.nextBoolean() ? "mobile" : "desktop");
        attributes.put("trafficSource", random.nextBoolean() ? "search" : "email");
        attributes.put("region", random.nextBoolean() ? "eu" : "us");
        attributes.put("planTier", "pro");
        attributes.put("ltvBand", random.nextBoolean() ? "high" : "low");
        attributes.put("ageBand", "25-34");
        return new Visitor(id, attributes);
    }
}
