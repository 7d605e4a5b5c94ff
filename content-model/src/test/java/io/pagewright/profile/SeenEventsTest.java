package io.pagewright.profile;

import static io.pagewright.profile.Journeys.minute;
import static io.pagewright.profile.Journeys.view;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeenEventsTest {

    @Test
    void addsIdsInOrderAndKeepsTheTimeOfAnIdAlreadySeen() {
        SeenEvents seen = SeenEvents.of(Map.of("b", minute(1), "d", minute(3)));

        SeenEvents next =
                seen.withAll(
                        List.of(
                                view("e", 5, "p", "c"),
                                view("a", 0, "p", "c"),
                                view("d", 9, "p", "c"),
                                view("c", 2, "p", "c")));

        assertThat(next.byId())
                .containsExactly(
                        Map.entry("a", minute(0)),
                        Map.entry("b", minute(1)),
                        Map.entry("c", minute(2)),
                        Map.entry("d", minute(3)),
                        Map.entry("e", minute(5)));
        assertThat(next.contains("c")).isTrue();
        assertThat(next.contains("cc")).isFalse();
        assertThat(seen.size()).isEqualTo(2);
    }

    @Test
    void theUnionIsCommutativeAndKeepsTheEarlierTime() {
        SeenEvents left = SeenEvents.of(Map.of("a", minute(0), "b", minute(5)));
        SeenEvents right = SeenEvents.of(Map.of("b", minute(4), "c", minute(6)));

        assertThat(left.union(right)).isEqualTo(right.union(left));
        assertThat(left.union(right).byId()).containsEntry("b", minute(4)).hasSize(3);
    }

    @Test
    void forgetsOnlyIdsBeforeTheHorizon() {
        SeenEvents seen = SeenEvents.of(Map.of("a", minute(0), "b", minute(10)));

        assertThat(seen.forgetBefore(minute(10)).byId()).containsOnlyKeys("b");
        assertThat(seen.forgetBefore(minute(0))).isSameAs(seen);
    }
}
