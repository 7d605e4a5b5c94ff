package io.pagewright.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pagewright.event.Consent;
import io.pagewright.event.ConsentStatus;
import io.pagewright.event.Event;
import io.pagewright.event.Identity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded properties of folding: the same events, in any order, batching and number of resends, give
 * equal profiles, and merging is commutative, associative and agrees with folding everything.
 */
class FoldPropertiesTest {

    private static final Identity VISITOR = Identity.anonymous("c-1");
    private static final Profiler PROFILER = new Profiler(ProfileSettings.DEFAULT);
    private static final Duration SPAN = Duration.ofDays(6);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anyOrderBatchingAndResendsGiveTheSameProfile(long seed) {
        RandomEvents random = new RandomEvents(seed, VISITOR);
        List<Event> events = random.events(20 + random.random().nextInt(120), SPAN, false);

        Profile inOrder = oneByOne(consenting("p-1"), events);
        List<Event> replayed = random.shuffledWithDuplicates(events);
        Profile oneByOne = oneByOne(consenting("p-1"), replayed);
        Profile inBatches = inBatches(consenting("p-1"), replayed, random);

        assertThat(oneByOne).isEqualTo(inOrder);
        assertThat(inBatches).isEqualTo(inOrder);
        assertThat(PROFILER.record(inOrder, replayed)).isSameAs(inOrder);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mergingTheProfilesOfDisjointEventsEqualsFoldingThemAll(long seed) {
        RandomEvents random = new RandomEvents(seed, VISITOR);
        List<Event> events = random.events(30 + random.random().nextInt(90), SPAN, false);
        List<List<Event>> parts = split(events, 3, random);

        Profile merged =
                PROFILER.merge(
                        PROFILER.record(consenting("p-3"), parts.get(2)),
                        PROFILER.merge(
                                PROFILER.record(consenting("p-1"), parts.get(0)),
                                PROFILER.record(consenting("p-2"), parts.get(1))));

        assertThat(merged.absorbed()).containsExactly(ProfileId.of("p-2"), ProfileId.of("p-3"));
        assertThat(merged.withAbsorbed(Set.of()))
                .isEqualTo(PROFILER.record(consenting("p-1"), events));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mergeIsCommutativeAndAssociativeEvenAcrossConsentChanges(long seed) {
        RandomEvents random = new RandomEvents(seed, VISITOR);
        List<Profile> profiles = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            profiles.add(
                    PROFILER.record(
                            Profile.empty(ProfileId.of("p-" + i)), random.events(40, SPAN, true)));
        }
        Profile a = profiles.get(0);
        Profile b = profiles.get(1);
        Profile c = profiles.get(2);
        BinaryOperator<Profile> merge = PROFILER::merge;

        assertThat(merge.apply(a, b)).isEqualTo(merge.apply(b, a));
        assertThat(merge.apply(merge.apply(a, b), c)).isEqualTo(merge.apply(a, merge.apply(b, c)));
    }

    private static Profile consenting(String id) {
        Consent granted =
                new Consent(
                        "grant",
                        RandomEvents.START.minusSeconds(1),
                        VISITOR,
                        null,
                        Privacy.PERSONALIZATION,
                        ConsentStatus.GRANTED);
        return PROFILER.record(Profile.empty(ProfileId.of(id)), granted);
    }

    private static Profile oneByOne(Profile profile, List<Event> events) {
        for (Event event : events) {
            profile = PROFILER.record(profile, event);
        }
        return profile;
    }

    private static Profile inBatches(Profile profile, List<Event> events, RandomEvents random) {
        int from = 0;
        while (from < events.size()) {
            int to = Math.min(events.size(), from + 1 + random.random().nextInt(25));
            profile = PROFILER.record(profile, events.subList(from, to));
            from = to;
        }
        return profile;
    }

    private static List<List<Event>> split(List<Event> events, int parts, RandomEvents random) {
        List<List<Event>> split = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            split.add(new ArrayList<>());
        }
        events.forEach(event -> split.get(random.random().nextInt(parts)).add(event));
        return split;
    }
}
