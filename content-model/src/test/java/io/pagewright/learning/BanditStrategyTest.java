package io.pagewright.learning;

import static io.pagewright.learning.LearningFixtures.heroes;
import static io.pagewright.learning.LearningFixtures.request;
import static io.pagewright.learning.LearningFixtures.settings;
import static io.pagewright.learning.LearningFixtures.simulate;
import static io.pagewright.learning.LearningFixtures.variant;
import static io.pagewright.learning.LearningFixtures.visitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pagewright.content.Channel;
import io.pagewright.decision.AssembledPage;
import io.pagewright.decision.Distribution;
import io.pagewright.decision.PageAssembler;
import io.pagewright.decision.PublishedSurface;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.SlotRequest;
import io.pagewright.decision.Visitor;
import io.pagewright.decision.Weighted;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BanditStrategyTest {

    private final List<PublishedVariant> heroes = heroes();
    private final Visitor researcher = visitor("r", "research", "new-visitor", "mobile");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void probabilitiesAreExactSumToOneAndRespectTheFloor(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double floor = random.nextDouble(0.001, 0.05);
        SlotModel model = SlotModel.create("home", "hero", settings("explorationFloor", floor));
        simulate(model, heroes, (v, k) -> random.nextDouble(0.5), random.nextInt(3000), 25, seed);
        List<PublishedVariant> many = manyVariants(random.nextInt(1, 60));
        BanditStrategy strategy =
                new BanditStrategy(new SlotModels("home", BanditSettings.DEFAULTS));

        for (List<PublishedVariant> candidates : List.of(heroes, many)) {
            Distribution d = strategy.distribute(request(candidates, researcher), model.current());

            double sum = d.entries().stream().mapToDouble(Weighted::probability).sum();
            assertThat(sum).isCloseTo(1.0, within(1e-12));
            double effectiveFloor = Math.min(floor, 1.0 / candidates.size());
            assertThat(d.entries())
                    .allSatisfy(e ->
                            assertThat(e.probability())
                                    .isGreaterThanOrEqualTo(effectiveFloor - 1e-15));
        }
    }

    @Test
    void aFreshModelPrefersVariantsTaggedForTheVisitorWithoutStarvingTheOthers() {
        SlotModels models = new SlotModels("home", BanditSettings.DEFAULTS);
        Distribution d = new BanditStrategy(models).distribute(request(heroes, researcher));

        assertThat(d.mostLikely().variant().key()).isEqualTo("guide");
        assertThat(d.mostLikely().reason()).isEqualTo(BanditStrategy.LEADER);
        assertThat(d.mostLikely().probability()).isLessThan(0.7);
        for (String other : List.of("seasonal", "compare", "deal")) {
            assertThat(d.probabilityOf(other))
                    .isGreaterThan(10 * BanditSettings.DEFAULTS.explorationFloor());
        }
    }

    @Test
    void tagsMatchingTheVisitorGiveANewVariantABetterPrior() {
        SlotModel model = SlotModel.create("home", "hero", BanditSettings.DEFAULTS);
        BanditStrategy strategy =
                new BanditStrategy(new SlotModels("home", BanditSettings.DEFAULTS));
        PublishedVariant matching = variant("fresh", Set.of("research"), Set.of("new-visitor"));
        PublishedVariant intentOnly = variant("fresh", Set.of("research"), Set.of());
        PublishedVariant unrelated = variant("fresh", Set.of("comparison"), Set.of("loyal"));

        double both =
                score(
                        strategy.distribute(
                                request(List.of(matching), researcher), model.current()),
                        "fresh");
        double intent =
                score(
                        strategy.distribute(
                                request(List.of(intentOnly), researcher), model.current()),
                        "fresh");
        double none =
                score(
                        strategy.distribute(
                                request(List.of(unrelated), researcher), model.current()),
                        "fresh");

        BanditSettings defaults = BanditSettings.DEFAULTS;
        assertThat(none).isZero();
        assertThat(intent).isCloseTo(defaults.intentMatchPrior(), within(1e-12));
        assertThat(both)
                .isCloseTo(
                        defaults.intentMatchPrior() + defaults.lifecycleMatchPrior(),
                        within(1e-12));
    }

    @Test
    void aNewVariantIsExploredAlongsideAnEstablishedWinnerButDoesNotTakeOver() {
        SlotModel model = SlotModel.create("home", "hero", BanditSettings.DEFAULTS);
        List<PublishedVariant> old = heroes.subList(0, 3);
        simulate(model, old, (v, k) -> k.equals("seasonal") ? 0.3 : 0.05, 4000, 50, 11);
        List<PublishedVariant> withNew = new ArrayList<>(old);
        withNew.add(variant("fresh", Set.of(), Set.of()));
        BanditStrategy strategy =
                new BanditStrategy(new SlotModels("home", BanditSettings.DEFAULTS));

        Distribution d = strategy.distribute(request(withNew, researcher), model.current());

        assertThat(d.mostLikely().variant().key()).isEqualTo("seasonal");
        // not starved (many times the floor) and not dominant
        assertThat(d.probabilityOf("fresh")).isBetween(0.1, 0.5);
        assertThat(d.probabilityOf("compare")).isLessThan(0.1);
    }

    @Test
    void convergesToTheBestVariantOfEachSegment() {
        SlotModel model = SlotModel.create("home", "hero", BanditSettings.DEFAULTS);
        // the best variant is not the tag match for two segments out of three
        List<String> best = List.of("compare", "seasonal", "deal");

        simulate(model, heroes, (v, k) -> k.equals(bestFor(v, best)) ? 0.25 : 0.08, 8000, 50, 42);

        BanditStrategy strategy =
                new BanditStrategy(new SlotModels("home", BanditSettings.DEFAULTS));
        for (int s = 0; s < LearningFixtures.INTENTS.size(); s++) {
            String intent = LearningFixtures.INTENTS.get(s);
            for (String stage : List.of("new-visitor", "returning")) {
                Distribution d =
                        strategy.distribute(
                                request(heroes, visitor("x", intent, stage, "desktop")),
                                model.current());
                assertThat(d.probabilityOf(best.get(s)))
                        .as("mass on %s for %s/%s", best.get(s), intent, stage)
                        .isGreaterThan(0.8);
            }
        }
    }

    @Test
    void theSamePageDecisionIdAndModelVersionReplayTheSameChoices() {
        SlotModels models = new SlotModels("home", BanditSettings.DEFAULTS);
        simulate(models.model("hero"), heroes, (v, k) -> 0.2, 500, 50, 3);
        PublishedSurface surface =
                new PublishedSurface("home", Channel.WEB, List.of(LearningFixtures.slot(heroes)));
        PageAssembler assembler = new PageAssembler(new BanditStrategy(models));
        UUID pageId = UUID.fromString("7f0b1c2e-0000-4000-8000-000000000001");

        AssembledPage first = assembler.assemble(surface, researcher, pageId);
        AssembledPage again = assembler.assemble(surface, researcher, pageId);

        assertThat(again).isEqualTo(first);
    }

    @Test
    void theDistributionDependsOnlyOnModelStateAndRequest() {
        SlotModel model = SlotModel.create("home", "hero", BanditSettings.DEFAULTS);
        simulate(model, heroes, (v, k) -> k.equals("deal") ? 0.3 : 0.1, 1000, 20, 5);
        BanditStrategy strategy =
                new BanditStrategy(new SlotModels("home", BanditSettings.DEFAULTS));
        SlotRequest request = request(heroes, researcher);

        assertThat(strategy.distribute(request, model.current()))
                .isEqualTo(strategy.distribute(request, model.current()));
    }

    @Test
    void theScoreOfACandidateIsExactlyTheModelOnTheFeaturesLoggedForIt() {
        SlotModel model = SlotModel.create("home", "hero", BanditSettings.DEFAULTS);
        simulate(model, heroes, (v, k) -> k.equals("guide") ? 0.3 : 0.1, 2000, 50, 8);
        ModelState state = model.current();
        BanditStrategy strategy =
                new BanditStrategy(new SlotModels("home", BanditSettings.DEFAULTS));
        SlotRequest request = request(heroes, researcher);

        Distribution d = strategy.distribute(request, state);

        for (Weighted entry : d.entries()) {
            FeatureVector logged = strategy.features(request, state, entry.variant().key());
            double mean = 0;
            for (int i : logged.indices()) {
                mean += state.weights[2 * i];
            }
            assertThat(entry.score()).isCloseTo(mean, within(1e-12));
        }
    }

    private static String bestFor(Visitor visitor, List<String> best) {
        return best.get(LearningFixtures.INTENTS.indexOf(visitor.intent().orElseThrow()));
    }

    private static double score(Distribution d, String key) {
        return d.entries().stream()
                .filter(e -> e.variant().key().equals(key))
                .findFirst()
                .orElseThrow()
                .score();
    }

    private static List<PublishedVariant> manyVariants(int n) {
        List<PublishedVariant> variants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            variants.add(variant("v" + i, i % 3 == 0 ? Set.of("research") : Set.of(), Set.of()));
        }
        return variants;
    }
}
