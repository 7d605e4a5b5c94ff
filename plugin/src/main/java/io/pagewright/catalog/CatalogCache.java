package io.pagewright.catalog;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What rails read of the catalog, kept in memory on each node: items by id and the trending lists
 * per category set. A fresh entry answers at once; a stale one answers at once too while one
 * refresh runs in the background (so a slow or stopped Elasticsearch costs no latency for what was
 * seen before); only a miss waits for Elasticsearch, and at most until the request's deadline,
 * after which the fetch goes on to fill the cache for the next request.
 */
@ApplicationScoped
public class CatalogCache {

    private static final Logger LOG = Logger.getLogger(CatalogCache.class.getName());
    private static final int MAX_ENTRIES = 100_000;

    @Inject ElasticsearchCatalog catalog;

    @Resource ManagedExecutorService executor;

    /** Runs the fetches: the server's managed executor (a plain one in unit tests). */
    java.util.concurrent.Executor runner;

    @jakarta.annotation.PostConstruct
    void init() {
        runner = executor;
    }

    @Inject
    @ConfigProperty(name = "pagewright.catalog.cache-seconds", defaultValue = "30")
    long freshSeconds;

    private record Entry<T>(T value, long fetchedAt) {}

    private final Map<String, Entry<Optional<CatalogItem>>> items = new ConcurrentHashMap<>();
    private final Map<String, Entry<List<CatalogItem>>> tops = new ConcurrentHashMap<>();
    private final Set<String> refreshing = ConcurrentHashMap.newKeySet();
    private final Map<String, CompletableFuture<Entry<List<CatalogItem>>>> inflight =
            new ConcurrentHashMap<>();

    /** The catalog as one request may read it: misses wait until {@code deadlineNanos}. */
    public Catalog until(long deadlineNanos) {
        return new Catalog() {
            @Override
            public List<CatalogItem> find(List<String> ids) {
                return CatalogCache.this.find(ids, deadlineNanos);
            }

            @Override
            public List<CatalogItem> top(Collection<String> categories, int limit) {
                return CatalogCache.this.top(categories, limit, deadlineNanos);
            }
        };
    }

    /** Forgets everything: the catalog changed on this node. */
    public void clear() {
        items.clear();
        tops.clear();
    }

    private List<CatalogItem> find(List<String> ids, long deadline) {
        List<String> missing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (String id : ids) {
            Entry<Optional<CatalogItem>> entry = items.get(id);
            if (entry == null) {
                missing.add(id);
            } else if (!fresh(entry)) {
                stale.add(id);
            }
        }
        if (!stale.isEmpty() && refreshing.add("items:" + String.join(",", stale))) {
            String key = "items:" + String.join(",", stale);
            CompletableFuture.runAsync(() -> fetchItems(stale), runner)
                    .whenComplete((r, e) -> refreshing.remove(key));
        }
        if (!missing.isEmpty()) {
            await(CompletableFuture.runAsync(() -> fetchItems(missing), runner), deadline);
        }
        List<CatalogItem> found = new ArrayList<>();
        for (String id : ids) {
            Entry<Optional<CatalogItem>> entry = items.get(id);
            if (entry != null) {
                entry.value().ifPresent(found::add);
            }
        }
        return found;
    }

    private List<CatalogItem> top(Collection<String> categories, int limit, long deadline) {
        // limits are rounded up so that rails asking for a few more or less share one entry
        int fetched = Math.max(32, Integer.highestOneBit(Math.max(1, limit - 1)) << 1);
        String key = new TreeSet<>(categories) + "/" + fetched;
        Entry<List<CatalogItem>> entry = tops.get(key);
        if (entry == null) {
            entry = await(fetching(key, categories, fetched), deadline);
        } else if (!fresh(entry)) {
            fetching(key, categories, fetched);
        }
        List<CatalogItem> all = entry.value();
        return all.size() <= limit ? all : all.subList(0, limit);
    }

    /** The one fetch of a list in flight: concurrent misses and refreshes share it. */
    private CompletableFuture<Entry<List<CatalogItem>>> fetching(
            String key, Collection<String> categories, int limit) {
        CompletableFuture<Entry<List<CatalogItem>>> fetch =
                inflight.computeIfAbsent(
                        key,
                        k ->
                                CompletableFuture.supplyAsync(
                                        () -> fetchTop(k, categories, limit), runner));
        fetch.whenComplete((entry, failure) -> inflight.remove(key, fetch));
        return fetch;
    }

    private void fetchItems(List<String> ids) {
        try {
            Map<String, CatalogItem> found = catalog.fetch(ids);
            long now = System.nanoTime();
            bound(items);
            for (String id : ids) {
                items.put(id, new Entry<>(Optional.ofNullable(found.get(id)), now));
            }
        } catch (Exception e) {
            catalog.forgetIndex();
            throw new CatalogUnavailableException("the catalog failed: " + e, false, e);
        }
    }

    private Entry<List<CatalogItem>> fetchTop(
            String key, Collection<String> categories, int limit) {
        try {
            Entry<List<CatalogItem>> entry =
                    new Entry<>(List.copyOf(catalog.top(categories, limit)), System.nanoTime());
            bound(tops);
            tops.put(key, entry);
            return entry;
        } catch (Exception e) {
            catalog.forgetIndex();
            throw new CatalogUnavailableException("the catalog failed: " + e, false, e);
        }
    }

    private static <T> T await(CompletableFuture<T> fetch, long deadline) {
        long remaining = deadline - System.nanoTime();
        try {
            return fetch.get(Math.max(0, remaining), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new CatalogUnavailableException(
                    "the catalog did not answer within the latency budget", true, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CatalogUnavailableException unavailable) {
                throw unavailable;
            }
            throw new CatalogUnavailableException("the catalog failed: " + e.getCause(), false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogUnavailableException("interrupted", true, e);
        }
    }

    private boolean fresh(Entry<?> entry) {
        return System.nanoTime() - entry.fetchedAt() < Duration.ofSeconds(freshSeconds).toNanos();
    }

    private static void bound(Map<String, ?> cache) {
        if (cache.size() > MAX_ENTRIES) {
            LOG.fine("catalog cache full, starting over");
            cache.clear();
        }
    }
}
