package io.pagewright.profile;

import io.pagewright.platform.BackgroundTask;
import io.pagewright.profile.store.EventJournal;
import io.pagewright.profile.store.JournalEntry;
import io.pagewright.search.IndexOutbox;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the background consumers of the event journal: folding into profiles (and invalidating the
 * resolve cache), shipping to Elasticsearch with backoff while it is down, and, less often,
 * retention and pending erasures. Each consumer drains while there is work and then polls.
 */
@ApplicationScoped
public class EventPipeline {

    private static final Logger LOG = Logger.getLogger(EventPipeline.class.getName());

    @Inject ProfileFolding folding;
    @Inject EventShipping shipping;
    @Inject EventRetention retention;
    @Inject PrivacyService privacy;
    @Inject ObserveService observe;
    @Inject EventStats stats;
    @Inject EventSettings settings;
    @Inject Backfill backfill;
    @Inject io.pagewright.profile.store.EventJournal journal;

    @Resource ManagedScheduledExecutorService scheduler;
    // Consumers run on threads of their own: a long drain must not occupy the server's shared
    // scheduler, and an undeploy waits for the batch in flight instead of cutting it off.
    @Resource ManagedThreadFactory threads;

    private final List<BackgroundTask> tasks = new java.util.ArrayList<>();
    private final List<Thread> consumers = new java.util.ArrayList<>();
    private volatile boolean stopped;
    private volatile Instant shipNotBefore = Instant.EPOCH;
    private int shipFailures;
    private volatile Instant foldNotBefore = Instant.EPOCH;
    private int foldFailures;

    /** Starts the consumers; called once the schema is migrated. */
    public void start() {
        journal.makeCommitsDurable();
        long poll = settings.pollMillis();
        Duration every = Duration.ofMillis(poll);
        tasks.add(BackgroundTask.every(scheduler, "Event folding", every, every, this::foldAll));
        tasks.add(BackgroundTask.every(scheduler, "Event shipping", every, every, this::shipAll));
        tasks.add(
                BackgroundTask.every(
                        scheduler,
                        "Event housekeeping",
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(5),
                        this::housekeeping));
        tasks.add(
                BackgroundTask.every(
                        scheduler,
                        "Event retention",
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(60),
                        this::retain));
    }

    @PreDestroy
    void stop() {
        stopped = true;
        tasks.forEach(BackgroundTask::stop);
        for (Thread consumer : consumers) {
            LockSupport.unpark(consumer);
            try {
                consumer.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Thread consumer(String name, Runnable drain) {
        long pollNanos = TimeUnit.MILLISECONDS.toNanos(settings.pollMillis());
        Thread thread =
                threads.newThread(() -> {
                    while (!stopped) {
                        drain.run();
                        LockSupport.parkNanos(pollNanos);
                    }
                });
        thread.setName(name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void foldAll() {
        if (Instant.now().isBefore(foldNotBefore)) {
            return;
        }
        try {
            int limit = settings.foldBatch();
            while (!stopped) {
                ProfileFolding.Batch batch = folding.foldNext(limit);
                afterFold(batch);
                foldFailures = 0;
                if (batch.entries().size() < limit) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            foldFailures++;
            foldNotBefore = Instant.now().plus(IndexOutbox.backoff(foldFailures));
            LOG.log(Level.WARNING, "Folding events into profiles failed; retrying", e);
        }
    }

    private void afterFold(ProfileFolding.Batch batch) {
        if (batch.identitiesChanged()) {
            observe.cache().clear();
        } else {
            observe.cache().invalidate(batch.touched());
        }
        long now = System.currentTimeMillis();
        for (JournalEntry entry : batch.entries()) {
            stats.foldLag(now - entry.receivedAt().toEpochMilli());
        }
        stats.folded(batch.entries().size());
    }

    private void shipAll() {
        if (Instant.now().isBefore(shipNotBefore)) {
            return;
        }
        try {
            int limit = settings.shipBatch();
            while (!stopped) {
                List<JournalEntry> shipped = shipping.shipNext(limit);
                long now = System.currentTimeMillis();
                shipped.forEach(e -> stats.shipLag(now - e.receivedAt().toEpochMilli()));
                stats.shipped(shipped.size());
                shipFailures = 0;
                if (shipped.size() < limit) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            shipFailures++;
            Duration wait = IndexOutbox.backoff(shipFailures);
            shipNotBefore = Instant.now().plus(wait);
            LOG.warning(() ->
                    "Shipping events to Elasticsearch failed (attempt "
                            + shipFailures
                            + "), retrying in "
                            + wait
                            + ": "
                            + e.getMessage());
        }
    }

    private void housekeeping() {
        try {
            privacy.retryPendingIndexErasures();
            while (!stopped && backfill.fillMissingIdentities(1000) > 0) {
                // rows from before the journal get their identity columns, a page at a time
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Event housekeeping failed; retrying later", e);
        }
    }

    private void retain() {
        try {
            retention.apply();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Event retention failed; retrying in an hour", e);
        }
    }

    /** The identity backfill of pre-journal rows, in transactions of its own. */
    @ApplicationScoped
    public static class Backfill {
        @Inject EventJournal journal;

        @jakarta.transaction.Transactional
        public int fillMissingIdentities(int limit) {
            return journal.fillMissingIdentities(limit);
        }
    }
}
