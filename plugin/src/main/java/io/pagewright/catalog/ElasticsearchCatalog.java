package io.pagewright.catalog;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.pagewright.platform.PagewrightConfig;
import io.pagewright.search.IndexDefinition;
import io.pagewright.search.ManagedIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The product catalog in Elasticsearch: one document per item (id = the product id) in {@code
 * <prefix>-catalog-v1} behind the alias {@code <prefix>-catalog}. Imports are bulk upserts by id,
 * so sending an item again replaces it. Reads for rails go through {@link CatalogCache}.
 */
@ApplicationScoped
public class ElasticsearchCatalog {

    static final IndexDefinition CATALOG =
            new IndexDefinition(
                    "catalog",
                    1,
                    """
                    {
                      "dynamic": "strict",
                      "properties": {
                        "id":          { "type": "keyword" },
                        "title":       { "type": "text", "fields": { "raw": { "type": "keyword" } } },
                        "category":    { "type": "keyword" },
                        "price":       { "properties": {
                                           "amount":   { "type": "double" },
                                           "currency": { "type": "keyword" } } },
                        "url":         { "type": "keyword", "index": false },
                        "imageUrl":    { "type": "keyword", "index": false },
                        "complements": { "type": "keyword" },
                        "popularity":  { "type": "double" },
                        "trend":       { "type": "double" },
                        "available":   { "type": "boolean" }
                      }
                    }
                    """);

    @Inject ElasticsearchClient client;
    @Inject PagewrightConfig config;

    private final ManagedIndex managed = new ManagedIndex(CATALOG);

    /** A page of items and how many match in all. */
    public record Page(List<CatalogItem> items, long total) {}

    /** Upserts the items by id; visible to searches when this returns. */
    public void importItems(List<CatalogItem> items) {
        call(() -> {
            ensure();
            List<BulkOperation> operations = new ArrayList<>(items.size());
            for (CatalogItem item : items) {
                operations.add(
                        BulkOperation.of(
                                b -> b.index(i -> i.index(alias()).id(item.id()).document(item))));
            }
            BulkResponse response =
                    client.bulk(b -> b.operations(operations).refresh(Refresh.WaitFor));
            if (response.errors()) {
                String first =
                        response.items().stream()
                                .filter(i -> i.error() != null)
                                .map(i -> i.id() + ": " + i.error().reason())
                                .findFirst()
                                .orElse("unknown");
                throw new IOException("the catalog refused items, first " + first);
            }
            return null;
        });
    }

    public Optional<CatalogItem> get(String id) {
        return call(() -> {
            ensure();
            var response = client.get(g -> g.index(alias()).id(id), CatalogItem.class);
            return Optional.ofNullable(response.found() ? response.source() : null);
        });
    }

    /** Deletes an item; false when there was none. */
    public boolean delete(String id) {
        return call(() -> {
            ensure();
            return client.delete(d -> d.index(alias()).id(id).refresh(Refresh.WaitFor)).result()
                    == co.elastic.clients.elasticsearch._types.Result.Deleted;
        });
    }

    /** Items by category and/or words of the title, by title. */
    public Page list(String category, String text, int from, int size) {
        return call(() -> {
            ensure();
            List<Query> filters = new ArrayList<>();
            if (category != null && !category.isBlank()) {
                filters.add(Query.of(q -> q.term(t -> t.field("category").value(category))));
            }
            if (text != null && !text.isBlank()) {
                filters.add(Query.of(q -> q.match(m -> m.field("title").query(text))));
            }
            SearchResponse<CatalogItem> response =
                    client.search(
                            s ->
                                    s.index(alias())
                                            .from(from)
                                            .size(size)
                                            .trackTotalHits(t -> t.enabled(true))
                                            .query(q -> q.bool(b -> b.filter(filters)))
                                            .sort(o -> o.field(f -> f.field("title.raw"))),
                            CatalogItem.class);
            return new Page(
                    sources(response.hits().hits()),
                    response.hits().total() == null ? 0 : response.hits().total().value());
        });
    }

    /** The items with these ids that exist, by id. Throws on failure (no problem mapping). */
    Map<String, CatalogItem> fetch(Collection<String> ids) throws IOException {
        ensure();
        MgetResponse<CatalogItem> response =
                client.mget(m -> m.index(alias()).ids(List.copyOf(ids)), CatalogItem.class);
        Map<String, CatalogItem> found = new HashMap<>();
        for (var doc : response.docs()) {
            if (doc.isResult() && doc.result().found() && doc.result().source() != null) {
                found.put(doc.result().id(), doc.result().source());
            }
        }
        return found;
    }

    /** The most trending recommendable items of these categories (all when empty). */
    List<CatalogItem> top(Collection<String> categories, int limit) throws IOException {
        ensure();
        List<FieldValue> values = categories.stream().map(FieldValue::of).toList();
        SearchResponse<CatalogItem> response =
                client.search(
                        s ->
                                s.index(alias())
                                        .size(limit)
                                        .query(q ->
                                                q.bool(b -> {
                                                    b.filter(f ->
                                                            f.term(t ->
                                                                    t.field("available")
                                                                            .value(true)));
                                                    if (!values.isEmpty()) {
                                                        b.filter(f ->
                                                                f.terms(t ->
                                                                        t.field("category")
                                                                                .terms(v ->
                                                                                        v.value(
                                                                                                values))));
                                                    }
                                                    return b;
                                                }))
                                        .sort(o ->
                                                o.field(f ->
                                                        f.field("trend").order(SortOrder.Desc)))
                                        .sort(o ->
                                                o.field(f ->
                                                        f.field("popularity")
                                                                .order(SortOrder.Desc)))
                                        .sort(o -> o.field(f -> f.field("id"))),
                        CatalogItem.class);
        return sources(response.hits().hits());
    }

    /** Sets the trend score of the given items and zero for every other item that had one. */
    void updateTrends(Map<String, Double> trends) throws IOException {
        ensure();
        List<BulkOperation> operations = new ArrayList<>();
        SearchResponse<CatalogItem> trending =
                client.search(
                        s ->
                                s.index(alias())
                                        .size(10_000)
                                        .query(q ->
                                                q.range(r ->
                                                        r.number(n -> n.field("trend").gt(0.0)))),
                        CatalogItem.class);
        for (Hit<CatalogItem> hit : trending.hits().hits()) {
            if (!trends.containsKey(hit.id())) {
                operations.add(trendUpdate(hit.id(), 0.0));
            }
        }
        Map<String, CatalogItem> existing = trends.isEmpty() ? Map.of() : fetch(trends.keySet());
        trends.forEach((id, trend) -> {
            if (existing.containsKey(id)) {
                operations.add(trendUpdate(id, trend));
            }
        });
        if (!operations.isEmpty()) {
            client.bulk(b -> b.operations(operations));
        }
    }

    private BulkOperation trendUpdate(String id, double trend) {
        return BulkOperation.of(b ->
                b.update(u -> u.index(alias()).id(id).action(a -> a.doc(Map.of("trend", trend)))));
    }

    private static List<CatalogItem> sources(List<Hit<CatalogItem>> hits) {
        return hits.stream().map(Hit::source).filter(Objects::nonNull).toList();
    }

    private void ensure() throws IOException {
        managed.ensure(client, config.indexPrefix());
    }

    private String alias() {
        return managed.alias(config.indexPrefix());
    }

    private <T> T call(ManagedIndex.Work<T> work) {
        return managed.call("The catalog", work);
    }

    /** For the cache's refreshes: the index may be gone after a failure. */
    void forgetIndex() {
        managed.forget();
    }
}
