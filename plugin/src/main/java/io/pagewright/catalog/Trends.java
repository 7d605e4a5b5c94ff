package io.pagewright.catalog;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.pagewright.platform.BackgroundTask;
import io.pagewright.platform.PagewrightConfig;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps each catalog item's {@code trend} current: every few minutes, the product views (1 point),
 * adds to cart (3) and purchased items (5) of the last 7 days in the event indices, per product,
 * become the trend score of the catalog items with that id (items out of the top 1,000 of each kind
 * fall to 0). What "trending" rails order by. Every node may run it; the result is the same.
 */
@ApplicationScoped
public class Trends {

    static final int TOP = 1_000;
    static final Map<String, Integer> WEIGHTS =
            Map.of("product_view", 1, "add_to_cart", 3, "purchase", 5);

    @Inject ElasticsearchClient client;
    @Inject PagewrightConfig config;
    @Inject ElasticsearchCatalog catalog;
    @Inject CatalogCache cache;
    @Resource ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "pagewright.catalog.trend-interval-seconds", defaultValue = "300")
    long intervalSeconds;

    private BackgroundTask task;

    public void start() {
        Duration every = Duration.ofSeconds(Math.max(1, intervalSeconds));
        task =
                BackgroundTask.every(
                        scheduler, "Catalog trends", Duration.ofSeconds(5), every, this::update);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.stop();
        }
    }

    /** Computes the scores and writes them to the catalog. */
    public void update() {
        try {
            catalog.updateTrends(scores());
        } catch (IOException e) {
            catalog.forgetIndex();
            throw new CatalogUnavailableException("updating trends failed: " + e, false, e);
        }
    }

    Map<String, Double> scores() throws IOException {
        SearchResponse<Void> response =
                client.search(
                        s ->
                                s.index(config.indexPrefix() + "-events-*")
                                        .allowNoIndices(true)
                                        .ignoreUnavailable(true)
                                        .size(0)
                                        .query(q ->
                                                q.range(r ->
                                                        r.date(d ->
                                                                d.field("occurredAt")
                                                                        .gte("now-7d"))))
                                        .aggregations(
                                                "product_view",
                                                a -> byType(a, "product_view", "productId"))
                                        .aggregations(
                                                "add_to_cart",
                                                a -> byType(a, "add_to_cart", "productId"))
                                        .aggregations(
                                                "purchase",
                                                a -> byType(a, "purchase", "items.productId")),
                        Void.class);
        Map<String, Double> scores = new HashMap<>();
        WEIGHTS.forEach((type, weight) -> {
            Aggregate byType = response.aggregations().get(type);
            if (byType == null) {
                return;
            }
            for (StringTermsBucket bucket :
                    byType.filter().aggregations().get("products").sterms().buckets().array()) {
                scores.merge(
                        bucket.key().stringValue(),
                        (double) weight * bucket.docCount(),
                        Double::sum);
            }
        });
        return scores;
    }

    private static co.elastic.clients.util.ObjectBuilder<
                    co.elastic.clients.elasticsearch._types.aggregations.Aggregation>
            byType(
                    co.elastic.clients.elasticsearch._types.aggregations.Aggregation.Builder a,
                    String type,
                    String field) {
        return a.filter(f -> f.term(t -> t.field("type").value(type)))
                .aggregations("products", p -> p.terms(t -> t.field(field).size(TOP)));
    }
}
