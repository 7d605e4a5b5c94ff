package io.pagewright.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * How events are folded into a profile. Changing these changes stored aggregates, so it applies to
 * events folded afterwards; read-time rules live in {@link DerivationRules} and apply at once.
 *
 * @param affinityHalfLife after this long a category view counts half as much
 * @param affinityBucket views are counted per bucket of this length (the time resolution)
 * @param affinityRetention views older than this, relative to a category's latest view, are
 *     dropped; must exceed the acceptance window so that no accepted event is dropped on arrival
 * @param recentProductViews how many of the latest product views to keep
 * @param cartCapacity how many cart changes since the last purchase to keep
 * @param firstValueFeatures the features whose first use counts as activation (first value); empty
 *     means any feature
 */
public record ProfileSettings(
        Duration affinityHalfLife,
        Duration affinityBucket,
        Duration affinityRetention,
        int recentProductViews,
        int cartCapacity,
        Set<String> firstValueFeatures) {

    public static final ProfileSettings DEFAULT =
            new ProfileSettings(
                    Duration.ofDays(7),
                    Duration.ofHours(1),
                    Duration.ofDays(56),
                    10,
                    100,
                    Set.of());

    public ProfileSettings {
        requirePositive(affinityHalfLife, "affinityHalfLife");
        requirePositive(affinityBucket, "affinityBucket");
        requirePositive(affinityRetention, "affinityRetention");
        if (affinityBucket.compareTo(affinityHalfLife) > 0
                || affinityRetention.compareTo(affinityHalfLife) < 0) {
            throw new IllegalArgumentException(
                    "need affinityBucket <= affinityHalfLife <= affinityRetention");
        }
        if (recentProductViews < 1 || cartCapacity < 1) {
            throw new IllegalArgumentException("recentProductViews and cartCapacity must be >= 1");
        }
        firstValueFeatures = Set.copyOf(Objects.requireNonNull(firstValueFeatures, "features"));
    }

    long bucketOf(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), affinityBucket.toSeconds());
    }

    Instant startOf(long bucket) {
        return Instant.ofEpochSecond(bucket * affinityBucket.toSeconds());
    }

    long retentionBuckets() {
        return affinityRetention.toSeconds() / affinityBucket.toSeconds();
    }

    /** The weight of a view that is {@code age} old. */
    double decay(Duration age) {
        return Math.pow(0.5, (double) age.toSeconds() / affinityHalfLife.toSeconds());
    }

    double decay(long buckets) {
        return decay(affinityBucket.multipliedBy(buckets));
    }

    boolean isFirstValue(String feature) {
        return firstValueFeatures.isEmpty() || firstValueFeatures.contains(feature);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
