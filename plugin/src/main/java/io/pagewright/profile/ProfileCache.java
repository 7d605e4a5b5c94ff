package io.pagewright.profile;

import io.pagewright.event.IdentityKey;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The resolve-time read path: the profile an identifier leads to (or its absence), kept for a short
 * time in a bounded least-recently-used map. The node that folds events invalidates what it
 * changed; other nodes see a change at the latest after {@code ttlMillis}. A load that an
 * invalidation overtook (it read the store before a fold committed) is answered but not kept, so an
 * invalidation is never undone by a slower read.
 */
public final class ProfileCache {

    private record Cached(Optional<Profile> profile, long loadedAt) {}

    private final int capacity;
    private final long ttlMillis;
    private final LongSupplier clock;
    private final Map<IdentityKey, Cached> entries;

    /** Counts invalidations; guarded by {@code entries}. */
    private long generation;

    public ProfileCache(int capacity, long ttlMillis, LongSupplier clockMillis) {
        this.capacity = capacity;
        this.ttlMillis = ttlMillis;
        this.clock = clockMillis;
        this.entries =
                new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected boolean removeEldestEntry(Map.Entry<IdentityKey, Cached> eldest) {
                        return size() > ProfileCache.this.capacity;
                    }
                };
    }

    /** The cached answer for the key, else {@code load}'s, which is then cached. */
    public Optional<Profile> get(IdentityKey key, Function<IdentityKey, Optional<Profile>> load) {
        long now = clock.getAsLong();
        long loadingIn;
        synchronized (entries) {
            Cached entry = entries.get(key);
            if (entry != null && now - entry.loadedAt() < ttlMillis) {
                return entry.profile();
            }
            loadingIn = generation;
        }
        Optional<Profile> loaded = load.apply(key);
        if (capacity > 0 && ttlMillis > 0) {
            synchronized (entries) {
                if (generation == loadingIn) {
                    entries.put(key, new Cached(loaded, now));
                }
            }
        }
        return loaded;
    }

    /**
     * The cached answer for the key without loading: empty when the cache cannot answer (absent or
     * expired), else the cached answer (itself empty for "no profile").
     */
    public Optional<Optional<Profile>> peek(IdentityKey key) {
        long now = clock.getAsLong();
        synchronized (entries) {
            Cached entry = entries.get(key);
            return entry != null && now - entry.loadedAt() < ttlMillis
                    ? Optional.of(entry.profile())
                    : Optional.empty();
        }
    }

    public void invalidate(Collection<IdentityKey> keys) {
        synchronized (entries) {
            generation++;
            keys.forEach(entries::remove);
        }
    }

    public void clear() {
        synchronized (entries) {
            generation++;
            entries.clear();
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
