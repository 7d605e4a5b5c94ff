package io.pagewright.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pagewright.event.EventType;
import io.pagewright.event.IdentityKey;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** Every member of the sealed families of this package round-trips under its explicit tag. */
class TypeTagJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Object[]> conditions() {
        Condition recent = new Condition.Recent(Set.of(EventType.SEARCH), Duration.ofMinutes(5));
        return Stream.of(
                new Object[] {recent, "recent"},
                new Object[] {
                    new Condition.CountAtLeast(Set.of(EventType.PURCHASE), 2), "count_at_least"
                },
                new Object[] {new Condition.CartNotEmpty(), "cart_not_empty"},
                new Object[] {
                    new Condition.ViewsInOneCategory(3, Duration.ofHours(1)),
                    "views_in_one_category"
                },
                new Object[] {new Condition.Activated(), "activated"},
                new Object[] {new Condition.PlanTier(Set.of("pro", "team")), "plan_tier"},
                new Object[] {
                    new Condition.AllOf(List.of(recent, new Condition.Activated())), "all_of"
                },
                new Object[] {new Condition.AnyOf(List.of(recent)), "any_of"},
                new Object[] {new Condition.Not(recent), "not"});
    }

    static Stream<Object[]> identityChanges() {
        ProfileId a = ProfileId.of("p-a");
        ProfileId b = ProfileId.of("p-b");
        Set<IdentityKey> keys = Set.of(IdentityKey.anonymous("c-1"));
        return Stream.of(
                new Object[] {new IdentityChange.Merged(a, b, keys, "e-1", Journeys.T0), "merged"},
                new Object[] {
                    new IdentityChange.Detached(a, b, keys, "e-2", Journeys.T0), "detached"
                });
    }

    @ParameterizedTest
    @MethodSource("conditions")
    void everyConditionRoundTrips(Condition condition, String tag) {
        String json = JSON.writeValueAsString(condition);

        assertThat(JSON.readTree(json).get("type").asString()).isEqualTo(tag);
        assertThat(JSON.readValue(json, Condition.class)).isEqualTo(condition);
    }

    @ParameterizedTest
    @MethodSource("identityChanges")
    void everyIdentityChangeRoundTrips(IdentityChange change, String tag) {
        String json = JSON.writeValueAsString(change);

        assertThat(JSON.readTree(json).get("type").asString()).isEqualTo(tag);
        assertThat(JSON.readValue(json, IdentityChange.class)).isEqualTo(change);
    }
}
