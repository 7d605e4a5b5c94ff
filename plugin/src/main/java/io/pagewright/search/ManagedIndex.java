package io.pagewright.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.pagewright.platform.ServiceUnavailableProblem;
import java.io.IOException;

/**
 * One index as an adapter uses it: made ready (created, or moved to the current mapping version) on
 * first use, and checked again after a failure, since Elasticsearch may have been replaced. Work on
 * it goes through {@link #call}, which turns a failure into the API's 503.
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

    /** Work on the index that Elasticsearch or the network may fail. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code work}; when Elasticsearch fails or cannot be reached, forgets that the index is
     * ready and answers {@code 503 search-unavailable}, saying which index ({@code what}) was out
     * of reach.
     */
    public <T> T call(String what, Work<T> work) {
        try {
            return work.run();
        } catch (IOException | ElasticsearchException e) {
            forget();
            throw new ServiceUnavailableProblem(
                    "search-unavailable",
                    "Elasticsearch is not available",
                    what + " could not be reached: " + e.getMessage());
        }
    }
}
