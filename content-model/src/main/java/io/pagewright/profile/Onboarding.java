package io.pagewright.profile;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The onboarding steps completed, each with when it was first completed, and the number of steps of
 * the flow when a frontend told us (the largest number told wins).
 */
public record Onboarding(SortedMap<String, Instant> completed, Integer totalSteps) {

    public static final Onboarding NONE = new Onboarding(Collections.emptySortedMap(), null);

    public Onboarding {
        completed = Maps.sorted(completed);
    }

    /** The share of steps completed, from 0 to 1, when the number of steps is known. */
    public Optional<Double> progress() {
        return totalSteps == null
                ? Optional.empty()
                : Optional.of(Math.min(1.0, (double) completed.size() / totalSteps));
    }

    public boolean isComplete() {
        return totalSteps != null && completed.size() >= totalSteps;
    }

    Onboarding completed(String step, Instant at, Integer steps) {
        return merge(new Onboarding(Maps.sorted(Map.of(step, at)), steps));
    }

    Onboarding merge(Onboarding other) {
        Integer steps =
                totalSteps == null || other.totalSteps == null
                        ? (totalSteps == null ? other.totalSteps : totalSteps)
                        : Integer.valueOf(Math.max(totalSteps, other.totalSteps));
        return new Onboarding(Maps.union(completed, other.completed, Instants::earlier), steps);
    }
}
