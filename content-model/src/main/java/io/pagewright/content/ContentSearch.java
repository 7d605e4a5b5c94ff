package io.pagewright.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Editor search across the current version of all content, with facets. */
public interface ContentSearch {

    Result search(Query query);

    /**
     * A search: optional full text over names and content, exact filters by facet (a facet name
     * mapped to the values any of which must match), and a page of results.
     */
    record Query(String text, Map<String, List<String>> filters, int page, int size) {
        public static final List<String> FACETS =
                List.of(
                        "surface",
                        "slot",
                        "channel",
                        "componentType",
                        "intent",
                        "lifecycleStage",
                        "category",
                        "locale",
                        "status");

        public Query {
            filters = Map.copyOf(Objects.requireNonNull(filters, "filters"));
            if (page < 0 || size < 1 || size > 100) {
                throw new IllegalArgumentException("page >= 0 and 1 <= size <= 100");
            }
        }
    }

    /** One matching variant. {@code status} is published or draft. */
    record Hit(
            String surface,
            String surfaceName,
            String slot,
            String variant,
            String name,
            String componentType,
            String status,
            List<String> intents,
            List<String> lifecycleStages,
            List<String> categories,
            String snippet) {}

    /** A value of a facet and how many matches have it. */
    record Bucket(String value, long count) {}

    record Result(long total, List<Hit> items, Map<String, List<Bucket>> facets, long tookMillis) {}
}
