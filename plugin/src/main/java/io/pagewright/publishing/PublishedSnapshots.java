package io.pagewright.publishing;

import io.pagewright.content.SurfaceDefinition;
import io.pagewright.content.SurfaceStore;
import io.pagewright.decision.PublishedSurface;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The published snapshots the decision engine reads, kept in memory. A snapshot is built from one
 * stored version document, so a resolve sees a publish entirely or not at all; variants outside
 * their validity window are left out, and the snapshot is rebuilt when a window opens or closes.
 *
 * <p>On this node a publish replaces the snapshot as soon as its transaction commits; other nodes
 * notice within {@code pagewright.snapshots.check-interval-ms} (one cheap query for the published
 * version number). When the database cannot be reached, the last snapshot keeps being served.
 */
@ApplicationScoped
public class PublishedSnapshots {

    private static final Logger LOG = Logger.getLogger(PublishedSnapshots.class.getName());

    @Inject SurfaceStore store;
    @Resource TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "pagewright.snapshots.check-interval-ms", defaultValue = "1000")
    long checkIntervalMs;

    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

    private record Entry(
            long version,
            SurfaceDefinition definition,
            PublishedSurface surface,
            Instant rebuildAt,
            long checkedAt) {

        static Entry of(long version, SurfaceDefinition definition, Instant now, long checkedAt) {
            return new Entry(
                    version,
                    definition,
                    PublishedSurface.of(definition, now),
                    PublishedSurface.nextWindowChange(definition, now).orElse(Instant.MAX),
                    checkedAt);
        }
    }

    /** A published snapshot with the version it was built from. */
    public record Published(long version, PublishedSurface surface) {}

    /** The published snapshot of a surface as of now, or empty when nothing is published. */
    public Optional<PublishedSurface> find(String key) {
        return findPublished(key).map(Published::surface);
    }

    /** The published snapshot of a surface as of now with its version, or empty. */
    public Optional<Published> findPublished(String key) {
        long nanos = System.nanoTime();
        Instant now = Instant.now();
        Entry entry = cache.get(key);
        if (entry == null
                || nanos - entry.checkedAt() > TimeUnit.MILLISECONDS.toNanos(checkIntervalMs)) {
            try {
                entry = refresh(key, entry, now, nanos);
            } catch (RuntimeException e) {
                if (entry == null) {
                    throw e;
                }
                LOG.warning(() -> "Serving the last snapshot of " + key + ": " + e.getMessage());
            }
            if (entry == null) {
                return Optional.empty();
            }
        }
        if (!now.isBefore(entry.rebuildAt())) {
            entry = Entry.of(entry.version(), entry.definition(), now, entry.checkedAt());
            cache.put(key, entry);
        }
        return Optional.of(new Published(entry.version(), entry.surface()));
    }

    private Entry refresh(String key, Entry cached, Instant now, long nanos) {
        Optional<Long> published = store.publishedVersion(key);
        if (published.isEmpty()) {
            cache.remove(key);
            return null;
        }
        long version = published.get();
        Entry fresh =
                cached != null && cached.version() == version
                        ? new Entry(
                                version,
                                cached.definition(),
                                cached.surface(),
                                cached.rebuildAt(),
                                nanos)
                        : store.findVersion(key, version)
                                .map(v -> Entry.of(version, v.definition(), now, nanos))
                                .orElse(null);
        if (fresh == null) {
            cache.remove(key);
        } else {
            cache.put(key, fresh);
        }
        return fresh;
    }

    /**
     * Forgets the snapshot of {@code key} once the current transaction has committed, so the next
     * resolve on this node reads the newly published version.
     */
    public void changed(String key) {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(
                    new Synchronization() {
                        @Override
                        public void beforeCompletion() {}

                        @Override
                        public void afterCompletion(int status) {
                            cache.remove(key);
                        }
                    });
        } else {
            cache.remove(key);
        }
    }
}
