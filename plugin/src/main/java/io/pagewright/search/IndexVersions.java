package io.pagewright.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.core.ScrollResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Versioned indices behind an alias. The server has no {@code _reindex}, so a mapping change is
 * carried out here: create the new index, copy every document by scroll and bulk, then move the
 * alias in one atomic alias update. The old index is kept until an operator deletes it.
 */
final class IndexVersions {

    private static final Logger LOG = Logger.getLogger(IndexVersions.class.getName());
    private static final int PAGE = 500;
    private static final Time KEEP_ALIVE = Time.of(t -> t.time("1m"));

    private final ElasticsearchClient client;

    IndexVersions(ElasticsearchClient client) {
        this.client = client;
    }

    void ensure(String alias, String index, Supplier<Reader> mapping) throws IOException {
        Set<String> current = indicesOf(alias);
        if (current.contains(index)) {
            return;
        }
        create(index, mapping, current.isEmpty() ? alias : null);
        if (current.isEmpty()) {
            return;
        }
        long total = 0;
        for (String old : current) {
            total += copy(old, index);
        }
        long copied = total;
        client.indices()
                .updateAliases(u -> {
                    current.forEach(
                            old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias))));
                    return u.actions(
                            a -> a.add(x -> x.index(index).alias(alias).isWriteIndex(true)));
                });
        LOG.info(() ->
                "Moved alias "
                        + alias
                        + " from "
                        + current
                        + " to "
                        + index
                        + " ("
                        + copied
                        + " documents)");
    }

    private Set<String> indicesOf(String alias) throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return Set.of();
        }
        return client.indices().getAlias(a -> a.name(alias)).result().keySet();
    }

    private void create(String index, Supplier<Reader> mapping, String alias) throws IOException {
        try {
            client.indices()
                    .create(c -> {
                        c.index(index).mappings(m -> m.withJson(mapping.get()));
                        return alias == null ? c : c.aliases(alias, a -> a.isWriteIndex(true));
                    });
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    private long copy(String from, String to) throws IOException {
        long copied = 0;
        SearchResponse<JsonData> page =
                client.search(
                        s -> s.index(from).size(PAGE).scroll(KEEP_ALIVE).sort(o -> o.doc(d -> d)),
                        JsonData.class);
        String scrollId = page.scrollId();
        List<Hit<JsonData>> hits = page.hits().hits();
        try {
            while (!hits.isEmpty()) {
                List<BulkOperation> operations =
                        hits.stream()
                                .map(h ->
                                        BulkOperation.of(b ->
                                                b.index(i ->
                                                        i.index(to)
                                                                .id(h.id())
                                                                .document(h.source()))))
                                .toList();
                if (client.bulk(b -> b.operations(operations)).errors()) {
                    throw new IOException("copying " + from + " to " + to + " failed");
                }
                copied += hits.size();
                String id = scrollId;
                ScrollResponse<JsonData> next =
                        client.scroll(s -> s.scrollId(id).scroll(KEEP_ALIVE), JsonData.class);
                scrollId = next.scrollId();
                hits = next.hits().hits();
            }
        } finally {
            String id = scrollId;
            client.clearScroll(c -> c.scrollId(id));
        }
        client.indices().refresh(r -> r.index(to));
        return copied;
    }
}
