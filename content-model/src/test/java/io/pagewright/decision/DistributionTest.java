package io.pagewright.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DistributionTest {

    private final PublishedVariant a = RulesStrategyTest.variant("a", Set.of(), Set.of());
    private final PublishedVariant b = RulesStrategyTest.variant("b", Set.of(), Set.of());
    private final PublishedVariant c = RulesStrategyTest.variant("c", Set.of(), Set.of());

    @Test
    void samplingWalksTheCumulativeDistributionAndSkipsImpossibleCandidates() {
        Distribution d =
                new Distribution(
                        List.of(
                                new Weighted(a, 1, 0.25, "x"),
                                new Weighted(b, 0, 0.0, "x"),
                                new Weighted(c, 2, 0.75, "x")));

        assertThat(d.sample(0.0).variant().key()).isEqualTo("a");
        assertThat(d.sample(0.2499).variant().key()).isEqualTo("a");
        assertThat(d.sample(0.25).variant().key()).isEqualTo("c");
        assertThat(d.sample(0.9999999).variant().key()).isEqualTo("c");
        assertThat(d.mostLikely().variant().key()).isEqualTo("c");
        assertThat(d.probabilityOf("b")).isZero();
    }

    @Test
    void probabilitiesMustSumToOne() {
        assertThatThrownBy(() ->
                        new Distribution(
                                List.of(
                                        new Weighted(a, 0, 0.5, "x"),
                                        new Weighted(b, 0, 0.4, "x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> new Distribution(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theUnitHashIsStableAndSpread() {
        assertThat(Decisions.unitHash("visitor-1")).isEqualTo(Decisions.unitHash("visitor-1"));
        long below = 0;
        for (int i = 0; i < 10_000; i++) {
            double h = Decisions.unitHash("v-" + i);
            assertThat(h).isBetween(0.0, 1.0).isLessThan(1.0);
            if (h < 0.1) {
                below++;
            }
        }
        assertThat(below).isBetween(850L, 1150L);
    }
}
