package io.pagewright.learning;

import static io.pagewright.learning.LearningFixtures.heroes;
import static io.pagewright.learning.LearningFixtures.request;
import static io.pagewright.learning.LearningFixtures.simulate;
import static io.pagewright.learning.LearningFixtures.visitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pagewright.decision.Distribution;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.SlotRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SlotModelTest {

    private final List<PublishedVariant> heroes = heroes();
    private final BanditStrategy strategy =
            new BanditStrategy(new SlotModels("home", BanditSettings.DEFAULTS));
    private final List<SlotRequest> requests =
            List.of(
                    request(heroes, visitor("a", "research", "new-visitor", "mobile")),
                    request(heroes, visitor("b", "ready-to-buy", "returning", "desktop")),
                    request(heroes, visitor("c", null, null, null)));

    @Test
    void aSnapshotRoundTripsThroughJsonAndRestoresAnIdenticalModel() {
        SlotModel model = trained(2000);
        model.configure(model.current().settings().with("explorationFloor", 0.02));
        JsonMapper json = JsonMapper.builder().build();

        String text = json.writeValueAsString(model.snapshot());
        ModelSnapshot read = json.readValue(text, ModelSnapshot.class);
        SlotModel restored = SlotModel.restore(read);

        assertThat(read).isEqualTo(model.snapshot());
        assertThat(restored.snapshot()).isEqualTo(model.snapshot());
        assertThat(restored.current().version()).isEqualTo(model.current().version());
        for (SlotRequest request : requests) {
            assertThat(strategy.distribute(request, restored.current()))
                    .isEqualTo(strategy.distribute(request, model.current()));
        }
        // and both learn the same from the same outcomes
        simulate(model, heroes, (v, k) -> 0.3, 300, 30, 9);
        simulate(restored, heroes, (v, k) -> 0.3, 300, 30, 9);
        assertThat(restored.snapshot()).isEqualTo(model.snapshot());
    }

    @Test
    void aSnapshotListsOnlyWeightsThatMovedFromTheirPrior() {
        SlotModel fresh = SlotModel.create("home", "hero", BanditSettings.DEFAULTS);
        SlotModel trained = trained(500);

        assertThat(fresh.snapshot().weights()).isEmpty();
        assertThat(trained.snapshot().weights())
                .isNotEmpty()
                .hasSizeLessThan(FeatureVector.DIMENSION / 4);
    }

    @Test
    void aFrozenModelIgnoresOutcomesUntilUnfrozen() {
        SlotModel model = trained(500);
        ModelState frozen = model.freeze();
        ModelSnapshot before = model.snapshot();

        simulate(model, heroes, (v, k) -> 0.9, 500, 50, 2);

        assertThat(model.snapshot()).isEqualTo(before);
        assertThat(model.current()).isSameAs(frozen);
        model.unfreeze();
        simulate(model, heroes, (v, k) -> 0.9, 100, 50, 2);
        assertThat(model.current().totalObservations()).isEqualTo(600);
    }

    @Test
    void resetReturnsToThePriorsAndKeepsTheVersionIncreasing() {
        SlotModel model = trained(1000);
        long version = model.current().version();
        SlotModel fresh = SlotModel.create("home", "hero", BanditSettings.DEFAULTS);

        ModelState reset = model.reset();

        assertThat(reset.version()).isGreaterThan(version);
        assertThat(reset.totalObservations()).isZero();
        assertThat(model.snapshot().weights()).isEmpty();
        for (SlotRequest request : requests) {
            assertThat(strategy.distribute(request, reset))
                    .isEqualTo(strategy.distribute(request, fresh.current()));
        }
    }

    @Test
    void everyChangeIncrementsTheVersion() {
        SlotModel model = SlotModel.create("home", "hero", BanditSettings.DEFAULTS);
        long v1 = model.current().version();
        long v2 = model.learn(List.of(observation(0.5))).version();
        long v3 = model.freeze().version();
        long v4 = model.unfreeze().version();
        long v5 = model.configure(BanditSettings.DEFAULTS.with("optimism", 2)).version();

        assertThat(List.of(v1, v2, v3, v4, v5)).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void restoringASnapshotOfAnotherTableSizeIsRefused() {
        ModelSnapshot snapshot = trained(10).snapshot();

        assertThatThrownBy(() ->
                        new ModelSnapshot(
                                "home",
                                "hero",
                                1,
                                false,
                                snapshot.settings(),
                                1024,
                                0,
                                0,
                                List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reset the model");
    }

    @Test
    void decisionsRunConcurrentlyWithLearningAndAlwaysSeeAWholeState() throws Exception {
        SlotModel model = trained(200);
        int deciders = 2;
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(deciders + 1)) {
            List<Future<Long>> decided = new ArrayList<>();
            for (int d = 0; d < deciders; d++) {
                decided.add(pool.submit(() -> decideRepeatedly(model, start)));
            }
            Future<?> learner =
                    pool.submit(() -> {
                        await(start);
                        for (int b = 0; b < 200; b++) {
                            model.learn(List.of(observation(0.25), observation(0.5)));
                        }
                    });
            start.countDown();
            learner.get();
            for (Future<Long> f : decided) {
                assertThat(f.get()).isEqualTo(2000);
            }
        }
        assertThat(model.current().totalObservations()).isEqualTo(200 + 400);
    }

    private long decideRepeatedly(SlotModel model, CountDownLatch start) {
        await(start);
        long valid = 0;
        long lastVersion = 0;
        for (int i = 0; i < 2000; i++) {
            ModelState state = model.current();
            assertThat(state.version()).isGreaterThanOrEqualTo(lastVersion);
            lastVersion = state.version();
            Distribution d = strategy.distribute(requests.get(i % requests.size()), state);
            valid += d.entries().size() == heroes.size() ? 1 : 0;
        }
        return valid;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Observation observation(double probability) {
        SlotRequest request = requests.getFirst();
        ModelState state = SlotModel.create("home", "hero", BanditSettings.DEFAULTS).current();
        return new Observation(
                strategy.features(request, state, "deal"), probability, Outcome.click());
    }

    private SlotModel trained(int rounds) {
        SlotModel model =
                SlotModel.create("home", "hero", BanditSettings.from(Map.of("halfLife", 5000)));
        simulate(model, heroes, (v, k) -> k.equals("deal") ? 0.3 : 0.1, rounds, 50, 17);
        return model;
    }
}
