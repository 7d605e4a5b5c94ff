package io.pagewright.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.pagewright.content.ContentSearch;
import io.pagewright.content.SlotDefinition;
import io.pagewright.content.StoredSurface;
import io.pagewright.content.VariantDefinition;
import io.pagewright.platform.PagewrightConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The editors' content index: every variant of every surface's current version, drafts included,
 * with full text over names and content and facets for filtering.
 */
@ApplicationScoped
public class ElasticsearchContentIndex implements ContentSearch {

    static final Map<String, String> FACET_FIELDS = facetFields();
    private static final int SNIPPET = 160;

    @Inject ElasticsearchClient client;
    @Inject PagewrightConfig config;

    private final ManagedIndex managed = new ManagedIndex(IndexDefinition.CONTENT);

    /** Makes the index hold exactly the variants of this version of the surface. */
    void replace(StoredSurface surface, boolean published) throws IOException {
        ensureIndex();
        String key = surface.definition().key();
        Set<String> stale = new HashSet<>(ids(key));
        List<BulkOperation> operations = new ArrayList<>();
        for (SlotDefinition slot : surface.definition().slots()) {
            for (VariantDefinition v : slot.variants()) {
                ContentDocument d = document(surface, slot, v, published);
                String id = key + ":" + slot.key() + ":" + v.key();
                stale.remove(id);
                operations.add(
                        BulkOperation.of(b -> b.index(i -> i.index(alias()).id(id).document(d))));
            }
        }
        stale.forEach(id ->
                operations.add(BulkOperation.of(b -> b.delete(d -> d.index(alias()).id(id)))));
        if (client.bulk(b -> b.operations(operations).refresh(Refresh.True)).errors()) {
            throw new IOException("content index update failed for surface " + key);
        }
    }

    /** Removes every variant of the surface from the index. */
    void remove(String surfaceKey) throws IOException {
        ensureIndex();
        ElasticsearchVariantIndex.deleteDocuments(client, alias(), ids(surfaceKey));
    }

    @Override
    public Result search(ContentSearch.Query query) {
        return managed.call("The content index", () -> searchIndex(query));
    }

    private Result searchIndex(ContentSearch.Query query) throws IOException {
        ensureIndex();
        SearchResponse<ContentDocument> response =
                client.search(
                        s -> {
                            s.index(alias())
                                    .query(query(query))
                                    .from(query.page() * query.size())
                                    .size(query.size())
                                    .trackTotalHits(t -> t.enabled(true));
                            FACET_FIELDS.forEach((facet, field) ->
                                    s.aggregations(
                                            facet, a -> a.terms(t -> t.field(field).size(50))));
                            return s;
                        },
                        ContentDocument.class);
        List<ContentSearch.Hit> items =
                response.hits().hits().stream()
                        .map(co.elastic.clients.elasticsearch.core.search.Hit::source)
                        .map(ElasticsearchContentIndex::hit)
                        .toList();
        Map<String, List<Bucket>> facets = new LinkedHashMap<>();
        FACET_FIELDS
                .keySet()
                .forEach(facet ->
                        facets.put(
                                facet,
                                response
                                        .aggregations()
                                        .get(facet)
                                        .sterms()
                                        .buckets()
                                        .array()
                                        .stream()
                                        .map(ElasticsearchContentIndex::bucket)
                                        .toList()));
        long total =
                response.hits().total() == null ? items.size() : response.hits().total().value();
        return new Result(total, items, facets, response.took());
    }

    private static co.elastic.clients.elasticsearch._types.query_dsl.Query query(
            ContentSearch.Query query) {
        return co.elastic.clients.elasticsearch._types.query_dsl.Query.of(q ->
                q.bool(b -> {
                    if (query.text() != null && !query.text().isBlank()) {
                        b.must(m ->
                                m.multiMatch(mm ->
                                        mm.query(query.text())
                                                .fields("name^3", "surfaceName", "contentText")));
                    }
                    query.filters()
                            .forEach((facet, values) ->
                                    b.filter(f ->
                                            f.terms(t ->
                                                    t.field(FACET_FIELDS.get(facet))
                                                            .terms(v ->
                                                                    v.value(
                                                                            values.stream()
                                                                                    .map(
                                                                                            FieldValue
                                                                                                    ::of)
                                                                                    .toList())))));
                    return b;
                }));
    }

    private static ContentSearch.Hit hit(ContentDocument d) {
        String text = d.contentText() == null ? "" : d.contentText().replace('\n', ' ');
        return new ContentSearch.Hit(
                d.surface(),
                d.surfaceName(),
                d.slot(),
                d.variant(),
                d.name(),
                d.componentType(),
                d.status(),
                d.intents(),
                d.lifecycleStages(),
                d.categories(),
                text.length() > SNIPPET ? text.substring(0, SNIPPET) + "…" : text);
    }

    private static Bucket bucket(StringTermsBucket b) {
        return new Bucket(b.key().stringValue(), b.docCount());
    }

    private static ContentDocument document(
            StoredSurface surface, SlotDefinition slot, VariantDefinition v, boolean published) {
        return new ContentDocument(
                surface.definition().key(),
                surface.definition().name(),
                surface.definition().channel().wireName(),
                slot.key(),
                v.key(),
                v.name(),
                v.componentType(),
                VariantDocuments.textOf(v.content()),
                v.tags().intents(),
                v.tags().lifecycleStages(),
                v.tags().categories(),
                v.locales(),
                v.offer() == null ? null : v.offer().type(),
                published ? "published" : "draft",
                surface.version(),
                surface.updatedAt().toString());
    }

    private List<String> ids(String surfaceKey) throws IOException {
        return client
                .search(
                        s ->
                                s.index(alias())
                                        .size(10_000)
                                        .source(src -> src.fetch(false))
                                        .query(q ->
                                                q.term(t -> t.field("surface").value(surfaceKey))),
                        Void.class)
                .hits()
                .hits()
                .stream()
                .map(co.elastic.clients.elasticsearch.core.search.Hit::id)
                .toList();
    }

    private void ensureIndex() throws IOException {
        managed.ensure(client, config.indexPrefix());
    }

    private String alias() {
        return managed.alias(config.indexPrefix());
    }

    private static Map<String, String> facetFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("surface", "surface");
        fields.put("slot", "slot");
        fields.put("channel", "channel");
        fields.put("componentType", "componentType");
        fields.put("intent", "intents");
        fields.put("lifecycleStage", "lifecycleStages");
        fields.put("category", "categories");
        fields.put("locale", "locales");
        fields.put("status", "status");
        return java.util.Collections.unmodifiableMap(fields);
    }
}
