package io.pagewright.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.pagewright.platform.PagewrightConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/**
 * One Elasticsearch client for the application, with short timeouts so a dead server fails fast.
 */
@ApplicationScoped
public class ElasticsearchClientProducer {

    private static final int CONNECT_TIMEOUT_MILLIS = 1_000;
    private static final int SOCKET_TIMEOUT_MILLIS = 10_000;

    // Singleton, not ApplicationScoped: the client has final methods, so it cannot be proxied.
    @Produces
    @Singleton
    ElasticsearchClient client(PagewrightConfig config) {
        RestClient rest =
                RestClient.builder(HttpHost.create(config.elasticsearchUrl()))
                        .setRequestConfigCallback(r ->
                                r.setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
                                        .setSocketTimeout(SOCKET_TIMEOUT_MILLIS))
                        .build();
        return new ElasticsearchClient(new RestClientTransport(rest, new Jackson3JsonpMapper()));
    }

    void close(@Disposes ElasticsearchClient client) {
        try {
            client._transport().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
