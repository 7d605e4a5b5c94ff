package io.pagewright.decision.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrafficTest {

    private static final Instant SINCE = Instant.parse("2026-11-17T00:00:00Z");

    @Test
    void sharesAreOfEveryDecisionUnknownAudiencesIncluded() {
        Traffic traffic =
                Traffic.of(
                        "home",
                        SINCE,
                        8,
                        1,
                        2,
                        Map.of(
                                "ready-to-buy", Map.of("trial", 4L),
                                "research", Map.of("new-visitor", 2L)),
                        Map.of(
                                "hero", Map.of("buy-now", 4L, "control", 4L),
                                "offer", Map.of("none", 8L)));

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
    void noDecisionsIsNoShareRatherThanADivisionByZero() {
        Traffic traffic = Traffic.of("home", SINCE, 0, 0, 0, Map.of(), Map.of());

        assertThat(traffic.decisions()).isZero();
        assertThat(traffic.cells()).isEmpty();
        assertThat(traffic.slots()).isEmpty();
    }
}
