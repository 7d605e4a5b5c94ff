package io.pagewright.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pagewright.learning.LastTouchAttribution.Credit;
import io.pagewright.learning.LastTouchAttribution.Touch;
import io.pagewright.learning.LastTouchAttribution.VisitorOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LastTouchAttributionTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private final LastTouchAttribution attribution =
            new LastTouchAttribution(Duration.ofMinutes(30));

    private static Touch touch(String id, String visitor, String slot, int minute) {
        return new Touch(id, visitor, "home", slot, T0.plusSeconds(60L * minute));
    }

    private static VisitorOutcome outcome(String id, String visitor, int minute) {
        return new VisitorOutcome(id, visitor, T0.plusSeconds(60L * minute));
    }

    @Test
    void theLastDecisionOfEachSlotBeforeTheOutcomeGetsTheCredit() {
        List<Credit> credits =
                attribution.attribute(
                        List.of(
                                touch("hero-1", "v", "hero", 0),
                                touch("hero-2", "v", "hero", 5),
                                touch("rail-1", "v", "rail", 1)),
                        List.of(outcome("purchase", "v", 10)));

        assertThat(credits)
                .containsExactly(
                        new Credit("purchase", "hero-2"), new Credit("purchase", "rail-1"));
    }

    @Test
    void aDecisionAfterTheOutcomeTakesNothingAndHidesNothingEarlier() {
        List<Credit> credits =
                attribution.attribute(
                        List.of(touch("before", "v", "hero", 0), touch("after", "v", "hero", 7)),
                        List.of(outcome("cart", "v", 6)));

        assertThat(credits).containsExactly(new Credit("cart", "before"));
    }

    @Test
    void anOutcomeAfterTheWindowIsNotAttributed() {
        List<Credit> credits =
                attribution.attribute(
                        List.of(touch("d", "v", "hero", 0)),
                        List.of(outcome("on-time", "v", 30), outcome("late", "v", 31)));

        assertThat(credits).containsExactly(new Credit("on-time", "d"));
    }

    @Test
    void anotherVisitorsOutcomeIsNeverAttributed() {
        assertThat(
                        attribution.attribute(
                                List.of(touch("d", "v", "hero", 0)),
                                List.of(outcome("theirs", "w", 1))))
                .isEmpty();
    }

    @Test
    void decisionsAtTheSameInstantAreOrderedStably() {
        List<Credit> credits =
                attribution.attribute(
                        List.of(touch("b", "v", "hero", 0), touch("a", "v", "hero", 0)),
                        List.of(outcome("o", "v", 0)));

        assertThat(credits).containsExactly(new Credit("o", "b"));
    }

    @Test
    void theWindowMustBePositive() {
        assertThatThrownBy(() -> new LastTouchAttribution(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }
}
