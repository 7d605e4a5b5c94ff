package io.pagewright.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a query-driven recommendation rail picks its items: the value of a variant's {@code strategy}
 * content field. A variant whose content names one of these is filled from the catalog at resolve
 * time, its items under the same policies as the page.
 */
public enum RailStrategy {
    /** The visitor's latest product views, newest first. */
    RECENTLY_VIEWED("recently-viewed"),
    /** The most trending items of the visitor's preferred category (of all, without one). */
    TRENDING_IN_PREFERRED_CATEGORY("trending-in-preferred-category"),
    /** The most trending items of the categories that complement the last purchase. */
    COMPLEMENTARY_TO_LAST_PURCHASE("complementary-to-last-purchase"),
    /** The most trending items of the whole catalog. */
    TRENDING("trending");

    /** The content field naming the strategy, and the one giving the most items to show. */
    public static final String FIELD = "strategy";

    public static final String MAX_ITEMS = "maxItems";

    private final String wireName;

    RailStrategy(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<RailStrategy> fromWireName(Object value) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(value)).findFirst();
    }
}
