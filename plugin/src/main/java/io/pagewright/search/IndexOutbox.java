package io.pagewright.search;

import io.pagewright.content.StoredSurface;
import io.pagewright.content.SurfaceStore;
import io.pagewright.decision.PublishedSurface;
import io.pagewright.decision.VariantIndex;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * The transactional outbox in front of the variants index. {@link #enqueue} runs inside the
 * caller's transaction; {@link #drain} applies entries strictly in order and stops at the first
 * failure, which is retried with exponential backoff by a background task, so nothing is skipped or
 * lost while Elasticsearch is down.
 */
@ApplicationScoped
public class IndexOutbox {

    private static final Logger LOG = Logger.getLogger(IndexOutbox.class.getName());
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration MAX_RETRY = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 1_000;
    private static final long LOCK_WAIT_SECONDS = 15;

    @PersistenceContext EntityManager em;
    @Inject SurfaceStore surfaces;
    @Inject VariantIndex index;
    @Inject OutboxSteps steps;

    @Resource ManagedScheduledExecutorService scheduler;

    private final ReentrantLock draining = new ReentrantLock();
    private ScheduledFuture<?> poller;

    @PostConstruct
    void startPolling() {
        poller =
                scheduler.scheduleWithFixedDelay(
                        this::drainQuietly, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopPolling() {
        if (poller != null) {
            poller.cancel(false);
        }
    }

    /** Records, in the current transaction, that {@code version} of the surface must be indexed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String surfaceKey, long version) {
        OutboxEntry entry = new OutboxEntry();
        entry.surfaceKey = surfaceKey;
        entry.surfaceVersion = version;
        entry.createdAt = Instant.now();
        entry.nextAttemptAt = entry.createdAt;
        em.persist(entry);
    }

    /**
     * Applies due entries in order until none is left or one fails.
     *
     * @return true if the outbox is empty afterwards
     */
    public boolean drain() {
        try {
            // Wait for a drain in progress (the poller's, another request's): it may not have seen
            // the caller's entry yet.
            if (!draining.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return drainLocked();
    }

    private boolean drainLocked() {
        try {
            while (true) {
                Optional<OutboxEntry> next = steps.oldestDue(Instant.now());
                if (next.isEmpty()) {
                    return steps.pending() == 0;
                }
                if (!apply(next.get())) {
                    return false;
                }
            }
        } finally {
            draining.unlock();
        }
    }

    /** How many entries wait to be applied. */
    public long pending() {
        return steps.pending();
    }

    private boolean apply(OutboxEntry entry) {
        try {
            Optional<StoredSurface> version =
                    surfaces.findVersion(entry.surfaceKey, entry.surfaceVersion);
            version.ifPresent(
                    v -> index.replace(PublishedSurface.of(v.definition()), entry.createdAt));
            steps.done(entry.id);
            return true;
        } catch (RuntimeException e) {
            Duration wait = backoff(entry.attempts + 1);
            steps.failed(entry.id, String.valueOf(e.getMessage()), Instant.now().plus(wait));
            LOG.warning(() ->
                    "Index update for surface "
                            + entry.surfaceKey
                            + " v"
                            + entry.surfaceVersion
                            + " failed (attempt "
                            + (entry.attempts + 1)
                            + "), retrying in "
                            + wait
                            + ": "
                            + e.getMessage());
            return false;
        }
    }

    private void drainQuietly() {
        if (!draining.tryLock()) {
            return;
        }
        try {
            drainLocked();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Outbox drain failed: " + e.getMessage());
        }
    }

    static Duration backoff(int attempts) {
        long millis = FIRST_RETRY.toMillis() << Math.min(attempts - 1, 10);
        return Duration.ofMillis(Math.min(millis, MAX_RETRY.toMillis()));
    }

    /** The outbox's database steps, each in its own transaction. */
    @ApplicationScoped
    @Transactional
    public static class OutboxSteps {
        @PersistenceContext EntityManager em;

        Optional<OutboxEntry> oldestDue(Instant now) {
            return em.createQuery("select e from OutboxEntry e order by e.id", OutboxEntry.class)
                    .setMaxResults(1)
                    .getResultStream()
                    .filter(e -> !e.nextAttemptAt.isAfter(now))
                    .findFirst();
        }

        long pending() {
            return em.createQuery("select count(e) from OutboxEntry e", Long.class)
                    .getSingleResult();
        }

        void done(long id) {
            Optional.ofNullable(em.find(OutboxEntry.class, id, LockModeType.PESSIMISTIC_WRITE))
                    .ifPresent(em::remove);
        }

        void failed(long id, String error, Instant nextAttempt) {
            Optional.ofNullable(em.find(OutboxEntry.class, id, LockModeType.PESSIMISTIC_WRITE))
                    .ifPresent(e -> {
                        e.attempts++;
                        e.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
                        e.nextAttemptAt = nextAttempt;
                    });
        }
    }
}
