package io.pagewright.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How drawn a visitor is to each category: views decayed exponentially with age (weight halves
 * every half-life). The ranking is computed on fold; it does not change as time passes, because
 * decay scales every category by the same factor.
 *
 * @param byCategory the views per category
 * @param ranking categories by decreasing affinity, ties by name
 */
public record CategoryAffinity(Map<String, CategoryViews> byCategory, List<String> ranking) {

    public static final CategoryAffinity NONE = new CategoryAffinity(Map.of(), List.of());

    public CategoryAffinity {
        byCategory = Maps.sorted(byCategory);
        ranking = List.copyOf(ranking);
    }

    public Optional<String> top() {
        return ranking.stream().findFirst();
    }

    /** The decayed weight of a category's views at {@code now}; 0 for a category never viewed. */
    public double affinity(String category, Instant now, ProfileSettings settings) {
        CategoryViews views = byCategory.get(category);
        if (views == null) {
            return 0;
        }
        Duration age = Duration.between(settings.startOf(views.latestBucket()), now);
        return views.weight() * settings.decay(age.isNegative() ? Duration.ZERO : age);
    }

    CategoryAffinity viewed(String category, Instant at, ProfileSettings settings) {
        long bucket = settings.bucketOf(at);
        CategoryViews current = byCategory.get(category);
        CategoryViews next =
                current == null
                        ? CategoryViews.of(Map.of(bucket, 1), settings)
                        : current.plus(bucket, settings);
        return next == current ? this : of(Maps.with(byCategory, category, next), settings);
    }

    CategoryAffinity merge(CategoryAffinity other, ProfileSettings settings) {
        return of(
                Maps.union(byCategory, other.byCategory, (a, b) -> a.merge(b, settings)), settings);
    }

    private static CategoryAffinity of(Map<String, CategoryViews> views, ProfileSettings settings) {
        long latest =
                views.values().stream().mapToLong(CategoryViews::latestBucket).max().orElse(0);
        List<Map.Entry<String, CategoryViews>> entries = new ArrayList<>(views.entrySet());
        Comparator<Map.Entry<String, CategoryViews>> byWeightAtLatest =
                Comparator.comparingDouble(entry ->
                        -entry.getValue().weight()
                                * settings.decay(latest - entry.getValue().latestBucket()));
        entries.sort(byWeightAtLatest.thenComparing(Map.Entry::getKey));
        return new CategoryAffinity(views, entries.stream().map(Map.Entry::getKey).toList());
    }
}
