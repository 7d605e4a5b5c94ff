package io.pagewright.decision.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrafficTest {

    private static final Instant SINCE = Instant.parse("2026-11-17T00:00:00Z");

    @Test
    void sharesAreOfEveryCountedDecisionUnknownAudiencesIncluded() {
        TrafficTally tally = new TrafficTally();
        for (int i = 0; i < 4; i++) {
            tally.add("ready-to-buy", "trial", false, Map.of("hero", "buy-now", "offer", "none"));
        }
        tally.add("research", "new-visitor", true, Map.of("hero", "control", "offer", "none"));
        tally.add("research", "new-visitor", false, Map.of("hero", "control", "offer", "none"));
        tally.add(null, "trial", false, Map.of("hero", "control", "offer", "none"));
        tally.add("research", " ", false, Map.of("hero", "control", "offer", "none"));

        Traffic traffic = tally.traffic("home", SINCE, 8);

        assertThat(traffic.cells())
                .containsExactly(
                        new Traffic.Cell("ready-to-buy", "trial", 4, 0.5),
                        new Traffic.Cell("research", "new-visitor", 2, 0.25));
        assertThat(traffic.unknown()).isEqualTo(2);
        assertThat(traffic.holdout()).isEqualTo(1);
        assertThat(traffic.slots())
                .extracting(Traffic.SlotMix::slot)
                .containsExactly("hero", "offer");
        assertThat(traffic.slots().get(0).variants())
                .containsExactly(
                        new Traffic.Served("buy-now", 4, 0.5),
                        new Traffic.Served("control", 4, 0.5));
        assertThat(traffic.slots().get(1).variants())
                .containsExactly(new Traffic.Served("none", 8, 1.0));
    }

    @Test
    void whenOnlyTheNewestAreCountedTheSharesAreOfThoseAndTheTotalIsKept() {
        TrafficTally tally = new TrafficTally();
        tally.add("research", "trial", false, Map.of());
        tally.add("comparison", "trial", false, Map.of());

        Traffic traffic = tally.traffic("home", SINCE, 10);

        assertThat(traffic.decisions()).isEqualTo(10);
        assertThat(traffic.counted()).isEqualTo(2);
        assertThat(traffic.cells()).extracting(Traffic.Cell::share).containsOnly(0.5);
    }

    @Test
    void noDecisionsIsNoShareRatherThanADivisionByZero() {
        Traffic traffic = new TrafficTally().traffic("home", SINCE, 0);

        assertThat(traffic.decisions()).isZero();
        assertThat(traffic.cells()).isEmpty();
        assertThat(traffic.slots()).isEmpty();
    }
}
