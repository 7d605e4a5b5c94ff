package io.pagewright.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CatalogCacheTest {

    /** Elasticsearch as the cache sees it: answers when released, counts the queries. */
    static final class GatedCatalog extends ElasticsearchCatalog {
        volatile CountDownLatch gate = new CountDownLatch(0);
        volatile boolean failing;
        volatile List<CatalogItem> top = List.of(item("a"));
        final AtomicInteger queries = new AtomicInteger();

        @Override
        List<CatalogItem> top(Collection<String> categories, int limit) throws IOException {
            queries.incrementAndGet();
            pass();
            return top;
        }

        @Override
        Map<String, CatalogItem> fetch(Collection<String> ids) throws IOException {
            queries.incrementAndGet();
            pass();
            Map<String, CatalogItem> found = new HashMap<>();
            ids.stream()
                    .filter(id -> !id.startsWith("missing"))
                    .forEach(id -> found.put(id, item(id)));
            return found;
        }

        @Override
        void forgetIndex() {}

        private void pass() throws IOException {
            try {
                gate.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failing) {
                throw new IOException("connection refused");
            }
        }
    }

    private static CatalogItem item(String id) {
        return new CatalogItem(id, id, "boots", null, null, null, null, null, null, null);
    }

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final GatedCatalog elasticsearch = new GatedCatalog();
    private final CatalogCache cache = new CatalogCache();

    CatalogCacheTest() {
        cache.catalog = elasticsearch;
        cache.runner = threads;
        cache.freshSeconds = 30;
    }

    @AfterEach
    void stop() {
        elasticsearch.gate.countDown();
        threads.shutdownNow();
    }

    private static long in(long millis) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void aMissWaitsForElasticsearchAndTheNextRequestIsAnsweredFromMemory() {
        assertThat(cache.until(in(2_000)).top(List.of("boots"), 8))
                .extracting(CatalogItem::id)
                .containsExactly("a");
        elasticsearch.failing = true;
        assertThat(cache.until(in(2_000)).top(List.of("boots"), 8))
                .extracting(CatalogItem::id)
                .containsExactly("a");
        assertThat(elasticsearch.queries).hasValue(1);
    }

    @Test
    void aLateAnswerMissesTheBudgetButFillsTheCacheForTheNextRequest() throws Exception {
        elasticsearch.gate = new CountDownLatch(1);
        assertThatThrownBy(() -> cache.until(in(50)).top(List.of(), 8))
                .isInstanceOfSatisfying(
                        CatalogUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo("catalog-late"));
        elasticsearch.gate.countDown();
        // the query goes on; once it has answered the list is in memory
        long deadline = in(5_000);
        List<CatalogItem> answered = null;
        while (answered == null && System.nanoTime() < deadline) {
            try {
                answered = cache.until(in(50)).top(List.of(), 8);
            } catch (CatalogUnavailableException stillLate) {
                Thread.onSpinWait();
            }
        }
        assertThat(answered).extracting(CatalogItem::id).containsExactly("a");
        assertThat(elasticsearch.queries).as("the late query was shared, not repeated").hasValue(1);
    }

    @Test
    void aStaleListIsServedAtOnceWhileOneRefreshRuns() throws Exception {
        cache.freshSeconds = 0;
        cache.until(in(2_000)).top(List.of(), 8);
        elasticsearch.top = List.of(item("b"));
        elasticsearch.gate = new CountDownLatch(1);

        assertThat(cache.until(in(10)).top(List.of(), 8))
                .extracting(CatalogItem::id)
                .as("stale, without waiting")
                .containsExactly("a");
        assertThat(cache.until(in(10)).top(List.of(), 8))
                .extracting(CatalogItem::id)
                .containsExactly("a");
        elasticsearch.gate.countDown();
        long deadline = in(5_000);
        while (System.nanoTime() < deadline
                && !cache.until(in(10)).top(List.of(), 8).getFirst().id().equals("b")) {
            Thread.onSpinWait();
        }
        assertThat(cache.until(in(10)).top(List.of(), 8))
                .extracting(CatalogItem::id)
                .containsExactly("b");
    }

    @Test
    void aFailingElasticsearchIsUnavailableNotLate() {
        elasticsearch.failing = true;
        assertThatThrownBy(() -> cache.until(in(2_000)).find(List.of("x")))
                .isInstanceOfSatisfying(
                        CatalogUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo("catalog-unavailable"));
    }

    @Test
    void itemsAreFoundInTheOrderAskedAndUnknownOnesLeftOut() {
        assertThat(cache.until(in(2_000)).find(List.of("y", "missing-1", "x")))
                .extracting(CatalogItem::id)
                .containsExactly("y", "x");
    }
}
