package io.pagewright.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;

/**
 * One index as an adapter uses it: made ready (created, or moved to the current mapping version) on
 * first use, and checked again after a failure, since Elasticsearch may have been replaced.
 */
public final class ManagedIndex {

    private final IndexDefinition definition;
    private volatile boolean ready;

    public ManagedIndex(IndexDefinition definition) {
        this.definition = definition;
    }

    public String alias(String prefix) {
        return definition.alias(prefix);
    }

    public void ensure(ElasticsearchClient client, String prefix) throws IOException {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (!ready) {
                new IndexVersions(client)
                        .ensure(
                                definition.alias(prefix),
                                definition.index(prefix),
                                definition::mappingReader);
                ready = true;
            }
        }
    }

    public void forget() {
        ready = false;
    }
}
