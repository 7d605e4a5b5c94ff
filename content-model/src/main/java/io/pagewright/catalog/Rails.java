package io.pagewright.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Fills query-driven recommendation rails from the {@link Catalog}: the rail's strategy picks
 * candidates for the visitor, then the page's rules remove what this visitor may not see (the
 * categories the policies exclude for them) and what another slot of the page already shows, and
 * the first {@code maxItems} remain. When the catalog cannot answer, the rail is served empty with
 * the reason, never failing the page.
 */
public final class Rails {

    public static final int DEFAULT_MAX_ITEMS = 8;
    public static final int MAX_ITEMS = 50;
    private static final int OVERFETCH = 10;

    /** What the visitor's profile tells rails; empty lists for a visitor without a profile. */
    public record RailVisitor(
            List<String> recentProducts,
            List<String> lastPurchaseProducts,
            Optional<String> preferredCategory) {

        public static final RailVisitor UNKNOWN =
                new RailVisitor(List.of(), List.of(), Optional.empty());

        public RailVisitor {
            recentProducts = List.copyOf(recentProducts);
            lastPurchaseProducts = List.copyOf(lastPurchaseProducts);
            Objects.requireNonNull(preferredCategory, "preferredCategory");
        }
    }

    /**
     * A filled rail: its items, why it has fewer than it could (null normally), and what was left
     * out.
     */
    public record Filled(List<CatalogItem> items, String fallbackReason, List<LeftOut> leftOut) {
        public Filled {
            items = List.copyOf(items);
            leftOut = List.copyOf(leftOut);
        }
    }

    /** A candidate item the rail did not show, and why. */
    public record LeftOut(String item, String reason) {}

    static final String EXCLUDED = "its category is excluded for this visitor by the policies";
    static final String SHOWN = "an earlier slot of the page shows it";
    static final String UNAVAILABLE = "not available";

    private final Catalog catalog;

    public Rails(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The rail strategy a variant's content names, if it is a query-driven rail. */
    public static Optional<RailStrategy> strategyOf(Map<String, Object> content) {
        return RailStrategy.fromWireName(content.get(RailStrategy.FIELD));
    }

    /** How many items a variant's content asks for, within 1 and {@value #MAX_ITEMS}. */
    public static int maxItemsOf(Map<String, Object> content) {
        Object value = content.get(RailStrategy.MAX_ITEMS);
        int asked = value instanceof Number n ? n.intValue() : DEFAULT_MAX_ITEMS;
        return Math.max(1, Math.min(MAX_ITEMS, asked));
    }

    /**
     * Fills one rail.
     *
     * @param excludedCategories categories the policies exclude for this visitor
     * @param shown ids of items other slots of the page already show; the rail's items are added
     */
    public Filled fill(
            RailStrategy strategy,
            int maxItems,
            RailVisitor visitor,
            Set<String> excludedCategories,
            Set<String> shown) {
        int limit = maxItems + shown.size() + OVERFETCH;
        List<LeftOut> leftOut = new ArrayList<>();
        try {
            List<CatalogItem> picked =
                    pick(
                            candidates(strategy, visitor, limit),
                            maxItems,
                            excludedCategories,
                            shown,
                            leftOut);
            if (strategy == RailStrategy.TRENDING_IN_PREFERRED_CATEGORY
                    && picked.size() < maxItems
                    && visitor.preferredCategory().isPresent()) {
                // a small category is topped up with what trends everywhere
                Set<String> mine = new HashSet<>();
                picked.forEach(i -> mine.add(i.id()));
                picked = new ArrayList<>(picked);
                picked.addAll(
                        topUp(
                                limit,
                                maxItems - picked.size(),
                                excludedCategories,
                                shown,
                                mine,
                                leftOut));
            }
            picked.forEach(i -> shown.add(i.id()));
            return new Filled(picked, null, leftOut);
        } catch (CatalogUnavailableException e) {
            return new Filled(List.of(), e.reason(), leftOut);
        }
    }

    private List<CatalogItem> topUp(
            int limit,
            int missing,
            Set<String> excludedCategories,
            Set<String> shown,
            Set<String> mine,
            List<LeftOut> leftOut) {
        try {
            List<CatalogItem> others =
                    catalog.top(List.of(), limit).stream()
                            .filter(i -> !mine.contains(i.id()))
                            .toList();
            List<LeftOut> seenBefore = new ArrayList<>();
            List<CatalogItem> more = pick(others, missing, excludedCategories, shown, seenBefore);
            // an item the category's own list already left out is reported once
            seenBefore.stream().filter(l -> !leftOut.contains(l)).forEach(leftOut::add);
            return more;
        } catch (CatalogUnavailableException e) {
            return List.of(); // the category's own items are the better half: keep them
        }
    }

    private List<CatalogItem> candidates(RailStrategy strategy, RailVisitor visitor, int limit) {
        return switch (strategy) {
            case RECENTLY_VIEWED ->
                    visitor.recentProducts().isEmpty()
                            ? List.of()
                            : catalog.find(visitor.recentProducts());
            case TRENDING_IN_PREFERRED_CATEGORY ->
                    catalog.top(visitor.preferredCategory().map(List::of).orElse(List.of()), limit);
            case COMPLEMENTARY_TO_LAST_PURCHASE -> complementary(visitor, limit);
            case TRENDING -> catalog.top(List.of(), limit);
        };
    }

    private List<CatalogItem> complementary(RailVisitor visitor, int limit) {
        if (visitor.lastPurchaseProducts().isEmpty()) {
            return List.of();
        }
        List<CatalogItem> purchased = catalog.find(visitor.lastPurchaseProducts());
        Collection<String> categories = new LinkedHashSet<>();
        purchased.forEach(i -> categories.addAll(i.complements()));
        if (categories.isEmpty()) {
            return List.of();
        }
        Set<String> bought = new HashSet<>(visitor.lastPurchaseProducts());
        return catalog.top(categories, limit + bought.size()).stream()
                .filter(i -> !bought.contains(i.id()))
                .toList();
    }

    private static List<CatalogItem> pick(
            List<CatalogItem> candidates,
            int maxItems,
            Set<String> excludedCategories,
            Set<String> shown,
            List<LeftOut> leftOut) {
        List<CatalogItem> picked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CatalogItem item : candidates) {
            if (picked.size() == maxItems) {
                break;
            }
            if (!seen.add(item.id())) {
                continue;
            }
            String reason =
                    !item.recommendable()
                            ? UNAVAILABLE
                            : excludedCategories.contains(item.category())
                                    ? EXCLUDED
                                    : shown.contains(item.id()) ? SHOWN : null;
            if (reason == null) {
                picked.add(item);
            } else {
                leftOut.add(new LeftOut(item.id(), reason));
            }
        }
        return picked;
    }
}
