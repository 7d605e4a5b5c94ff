package io.pagewright.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.pagewright.catalog.Rails.Filled;
import io.pagewright.catalog.Rails.RailVisitor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RailsTest {

    /** An in-memory catalog, optionally down. */
    static final class MemoryCatalog implements Catalog {
        final List<CatalogItem> items = new ArrayList<>();
        boolean down;

        MemoryCatalog add(String id, String category, double trend, String... complements) {
            items.add(
                    new CatalogItem(
                            id,
                            id,
                            category,
                            null,
                            null,
                            null,
                            List.of(complements),
                            0.0,
                            trend,
                            true));
            return this;
        }

        @Override
        public List<CatalogItem> find(List<String> ids) {
            check();
            return ids.stream()
                    .flatMap(id -> items.stream().filter(i -> i.id().equals(id)))
                    .toList();
        }

        @Override
        public List<CatalogItem> top(Collection<String> categories, int limit) {
            check();
            return items.stream()
                    .filter(i -> categories.isEmpty() || categories.contains(i.category()))
                    .sorted(Comparator.comparingDouble(CatalogItem::trend).reversed())
                    .limit(limit)
                    .toList();
        }

        private void check() {
            if (down) {
                throw new CatalogUnavailableException("down", true, null);
            }
        }
    }

    private final MemoryCatalog catalog =
            new MemoryCatalog()
                    .add("parka", "outerwear", 9, "knitwear")
                    .add("raincoat", "outerwear", 5)
                    .add("scarf", "knitwear", 8)
                    .add("beanie", "knitwear", 7)
                    .add("red-wine", "alcohol", 10)
                    .add("boots", "boots", 6);
    private final Rails rails = new Rails(catalog);

    private static RailVisitor visitor(List<String> viewed, List<String> bought, String preferred) {
        return new RailVisitor(viewed, bought, Optional.ofNullable(preferred));
    }

    private static List<String> ids(Filled filled) {
        return filled.items().stream().map(CatalogItem::id).toList();
    }

    @Test
    void recentlyViewedShowsTheViewsNewestFirst() {
        Filled filled =
                rails.fill(
                        RailStrategy.RECENTLY_VIEWED,
                        8,
                        visitor(List.of("boots", "parka"), List.of(), null),
                        Set.of(),
                        new HashSet<>());
        assertThat(ids(filled)).containsExactly("boots", "parka");
        assertThat(filled.fallbackReason()).isNull();
    }

    @Test
    void trendingInThePreferredCategoryIsToppedUpWithWhatTrendsEverywhere() {
        Filled filled =
                rails.fill(
                        RailStrategy.TRENDING_IN_PREFERRED_CATEGORY,
                        3,
                        visitor(List.of(), List.of(), "knitwear"),
                        Set.of(),
                        new HashSet<>());
        assertThat(ids(filled)).containsExactly("scarf", "beanie", "red-wine");
    }

    @Test
    void complementaryRecommendsTheComplementsOfTheLastPurchaseButNotItsItems() {
        Filled filled =
                rails.fill(
                        RailStrategy.COMPLEMENTARY_TO_LAST_PURCHASE,
                        8,
                        visitor(List.of(), List.of("parka"), null),
                        Set.of(),
                        new HashSet<>());
        assertThat(ids(filled)).containsExactly("scarf", "beanie");
    }

    @Test
    void excludedCategoriesAndItemsShownElsewhereOnThePageAreLeftOut() {
        Set<String> shown = new HashSet<>(Set.of("parka"));
        Filled filled =
                rails.fill(
                        RailStrategy.TRENDING,
                        3,
                        visitor(List.of(), List.of(), null),
                        Set.of("alcohol"),
                        shown);
        assertThat(ids(filled)).containsExactly("scarf", "beanie", "boots");
        assertThat(shown).containsExactlyInAnyOrder("parka", "scarf", "beanie", "boots");

        Filled second =
                rails.fill(
                        RailStrategy.TRENDING,
                        3,
                        visitor(List.of(), List.of(), null),
                        Set.of("alcohol"),
                        shown);
        assertThat(ids(second)).as("no item twice on one page").containsExactly("raincoat");
        assertThat(second.leftOut())
                .containsExactly(
                        new Rails.LeftOut("red-wine", Rails.EXCLUDED),
                        new Rails.LeftOut("parka", Rails.SHOWN),
                        new Rails.LeftOut("scarf", Rails.SHOWN),
                        new Rails.LeftOut("beanie", Rails.SHOWN),
                        new Rails.LeftOut("boots", Rails.SHOWN));
    }

    @Test
    void anUnavailableCatalogGivesAnEmptyRailWithTheReason() {
        catalog.down = true;
        Filled filled =
                rails.fill(
                        RailStrategy.TRENDING,
                        3,
                        visitor(List.of(), List.of(), null),
                        Set.of(),
                        new HashSet<>());
        assertThat(filled.items()).isEmpty();
        assertThat(filled.fallbackReason()).isEqualTo("catalog-late");
    }

    @Test
    void aVisitorWithoutHistoryGetsNoRecentlyViewedAndNoComplements() {
        assertThat(
                        rails.fill(
                                        RailStrategy.RECENTLY_VIEWED,
                                        8,
                                        RailVisitor.UNKNOWN,
                                        Set.of(),
                                        new HashSet<>())
                                .items())
                .isEmpty();
        assertThat(
                        rails.fill(
                                        RailStrategy.COMPLEMENTARY_TO_LAST_PURCHASE,
                                        8,
                                        RailVisitor.UNKNOWN,
                                        Set.of(),
                                        new HashSet<>())
                                .items())
                .isEmpty();
    }

    @Test
    void theContentNamesTheStrategyAndTheNumberOfItems() {
        assertThat(Rails.strategyOf(Map.of("strategy", "recently-viewed")))
                .contains(RailStrategy.RECENTLY_VIEWED);
        assertThat(Rails.strategyOf(Map.of("strategy", "static"))).isEmpty();
        assertThat(Rails.maxItemsOf(Map.of("maxItems", 500))).isEqualTo(Rails.MAX_ITEMS);
        assertThat(Rails.maxItemsOf(Map.of())).isEqualTo(Rails.DEFAULT_MAX_ITEMS);
    }
}
