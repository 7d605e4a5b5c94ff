package io.pagewright.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.pagewright.content.Channel;
import io.pagewright.content.Offer;
import io.pagewright.decision.PublishedSlot;
import io.pagewright.decision.PublishedSurface;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.VariantIndex;
import io.pagewright.platform.PagewrightConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The published snapshot in Elasticsearch: one document per variant, behind a versioned alias. */
@ApplicationScoped
public class ElasticsearchVariantIndex implements VariantIndex {

    private static final int MAX_VARIANTS_PER_SURFACE = 10_000;

    @Inject ElasticsearchClient client;
    @Inject PagewrightConfig config;

    private final ManagedIndex managed = new ManagedIndex(IndexDefinition.VARIANTS);

    @Override
    public void replace(PublishedSurface surface, Instant publishedAt) {
        call(() -> {
            ensureIndex();
            List<VariantDocument> documents = VariantDocuments.of(surface, publishedAt);
            Set<String> stale = new HashSet<>(documentIds(surface.key()));
            List<BulkOperation> operations = new ArrayList<>();
            for (VariantDocument document : documents) {
                stale.remove(document.id());
                operations.add(
                        BulkOperation.of(b ->
                                b.index(i ->
                                        i.index(alias()).id(document.id()).document(document))));
            }
            for (String id : stale) {
                operations.add(BulkOperation.of(b -> b.delete(d -> d.index(alias()).id(id))));
            }
            BulkResponse response =
                    // refreshed at once, not at the next scheduled refresh (up to a second
                    // per
                    // update): publishes are rare, and a reindex applies hundreds in a row
                    client.bulk(b -> b.operations(operations).refresh(Refresh.True));
            if (response.errors()) {
                String reasons =
                        response.items().stream()
                                .filter(item -> item.error() != null)
                                .map(item -> item.id() + ": " + item.error().reason())
                                .collect(Collectors.joining("; "));
                throw new IOException("bulk publish failed: " + reasons);
            }
            return null;
        });
    }

    @Override
    public void remove(String surfaceKey) {
        call(() -> {
            ensureIndex();
            deleteDocuments(client, alias(), documentIds(surfaceKey));
            return null;
        });
    }

    /** Deletes documents by id and waits until searches no longer see them. */
    static void deleteDocuments(ElasticsearchClient client, String alias, List<String> ids)
            throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        List<BulkOperation> operations =
                ids.stream()
                        .map(id -> BulkOperation.of(b -> b.delete(d -> d.index(alias).id(id))))
                        .toList();
        if (client.bulk(b -> b.operations(operations).refresh(Refresh.True)).errors()) {
            throw new IOException(
                    "deleting " + ids.size() + " documents from " + alias + " failed");
        }
    }

    @Override
    public Optional<PublishedSurface> find(String surfaceKey) {
        return call(() -> {
            ensureIndex();
            SearchResponse<VariantDocument> response =
                    client.search(
                            s ->
                                    s.index(alias())
                                            .size(MAX_VARIANTS_PER_SURFACE)
                                            .query(q ->
                                                    q.term(t ->
                                                            t.field("surface").value(surfaceKey))),
                            VariantDocument.class);
            List<VariantDocument> documents =
                    response.hits().hits().stream().map(Hit::source).toList();
            return documents.isEmpty()
                    ? Optional.empty()
                    : Optional.of(toSurface(surfaceKey, documents));
        });
    }

    private void ensureIndex() throws IOException {
        managed.ensure(client, config.indexPrefix());
    }

    private List<String> documentIds(String surfaceKey) throws IOException {
        SearchResponse<Void> response =
                client.search(
                        s ->
                                s.index(alias())
                                        .size(MAX_VARIANTS_PER_SURFACE)
                                        .source(src -> src.fetch(false))
                                        .query(q ->
                                                q.term(t -> t.field("surface").value(surfaceKey))),
                        Void.class);
        return response.hits().hits().stream().map(Hit::id).toList();
    }

    private static PublishedSurface toSurface(String key, List<VariantDocument> documents) {
        Map<String, List<VariantDocument>> bySlot = new LinkedHashMap<>();
        documents.stream()
                .sorted(Comparator.comparingInt(VariantDocument::variantPosition))
                .forEach(d -> bySlot.computeIfAbsent(d.slot(), s -> new ArrayList<>()).add(d));
        List<PublishedSlot> slots = new ArrayList<>();
        bySlot.forEach((slot, docs) ->
                slots.add(
                        new PublishedSlot(
                                slot,
                                docs.getFirst().slotPosition(),
                                docs.getFirst().defaultVariant(),
                                docs.stream().map(ElasticsearchVariantIndex::toVariant).toList())));
        Channel channel =
                Channel.fromWireName(documents.getFirst().channel())
                        .orElseThrow(() ->
                                new IllegalStateException(
                                        "unknown channel in index: "
                                                + documents.getFirst().channel()));
        return new PublishedSurface(key, channel, slots);
    }

    private static PublishedVariant toVariant(VariantDocument d) {
        Offer offer =
                d.offerType() == null
                        ? null
                        : new Offer(
                                d.offerType(),
                                d.discountPercent() == null
                                        ? null
                                        : BigDecimal.valueOf(d.discountPercent()),
                                d.marginClass());
        return PublishedVariant.builder(d.variant(), d.componentType())
                .name(d.name())
                .content(d.content() == null ? Map.of() : d.content())
                .intents(d.intents())
                .lifecycleStages(d.lifecycleStages())
                .categories(d.categories())
                .offer(offer)
                .build();
    }

    private String alias() {
        return managed.alias(config.indexPrefix());
    }

    private <T> T call(ManagedIndex.Work<T> work) {
        return managed.call("The variants index", work);
    }
}
