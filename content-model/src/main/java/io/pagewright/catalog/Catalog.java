package io.pagewright.catalog;

import java.util.Collection;
import java.util.List;

/**
 * The product catalog as rails read it. Implementations may answer from a cache and may fail with
 * {@link CatalogUnavailableException} when the store is down or too slow for the request's latency
 * budget; rails then fall back.
 */
public interface Catalog {

    /** The items with these ids that exist, in the order of the ids. */
    List<CatalogItem> find(List<String> ids);

    /**
     * Up to {@code limit} recommendable items of these categories (of the whole catalog when
     * empty), most trending first, then by popularity.
     */
    List<CatalogItem> top(Collection<String> categories, int limit);
}
