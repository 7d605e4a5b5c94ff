package io.pagewright.profile;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The views of one category, counted per time bucket, and their decayed weight as of the latest
 * bucket. Integer counts make the weight an exact function of the views, whatever the order in
 * which they arrived; the weight is computed when views are added, never when it is read.
 */
public record CategoryViews(SortedMap<Long, Integer> buckets, double weight) {

    public CategoryViews {
        buckets = Maps.sorted(buckets);
        if (buckets.isEmpty()) {
            throw new IllegalArgumentException("a category has at least one view");
        }
    }

    static CategoryViews of(Map<Long, Integer> buckets, ProfileSettings settings) {
        TreeMap<Long, Integer> kept = new TreeMap<>(buckets);
        long latest = kept.lastKey();
        kept.headMap(latest - settings.retentionBuckets()).clear();
        double weight = 0;
        for (Map.Entry<Long, Integer> bucket : kept.entrySet()) {
            weight += bucket.getValue() * settings.decay(latest - bucket.getKey());
        }
        return new CategoryViews(kept, weight);
    }

    long latestBucket() {
        return buckets.lastKey();
    }

    /** Adds a view, unless it is too old to count relative to this category's latest view. */
    CategoryViews plus(long bucket, ProfileSettings settings) {
        if (bucket < latestBucket() - settings.retentionBuckets()) {
            return this;
        }
        return of(Maps.union(buckets, Map.of(bucket, 1), Integer::sum), settings);
    }

    CategoryViews merge(CategoryViews other, ProfileSettings settings) {
        return of(Maps.union(buckets, other.buckets, Integer::sum), settings);
    }
}
