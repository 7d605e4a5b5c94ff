package io.pagewright.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The latest product views, latest first, at most {@link ProfileSettings#recentProductViews()}.
 * Keeping the top N by (occurred at, event id) gives the same list whatever the arrival order.
 */
public record RecentProductViews(List<ViewedProduct> latest) {

    public static final RecentProductViews NONE = new RecentProductViews(List.of());

    public RecentProductViews {
        latest = List.copyOf(latest);
    }

    /** The most views of any single category among those at or after {@code since}. */
    public int mostInOneCategorySince(Instant since) {
        Map<String, Integer> counts = new TreeMap<>();
        int most = 0;
        for (ViewedProduct view : latest) {
            if (view.at().isBefore(since)) {
                break;
            }
            most = Math.max(most, counts.merge(view.category(), 1, Integer::sum));
        }
        return most;
    }

    RecentProductViews with(ViewedProduct view, int capacity) {
        return top(latest, List.of(view), capacity);
    }

    RecentProductViews merge(RecentProductViews other, int capacity) {
        return top(latest, other.latest, capacity);
    }

    private static RecentProductViews top(
            List<ViewedProduct> a, List<ViewedProduct> b, int capacity) {
        List<ViewedProduct> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        all.sort(ViewedProduct.LATEST_FIRST);
        return new RecentProductViews(all.subList(0, Math.min(capacity, all.size())));
    }
}
