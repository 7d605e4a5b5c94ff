package io.pagewright.search;

import io.pagewright.content.StoredSurface;
import io.pagewright.content.SurfaceStore;
import io.pagewright.decision.PublishedSurface;
import io.pagewright.decision.VariantIndex;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
    @Inject ElasticsearchContentIndex content;
    @Inject OutboxSteps steps;

    @Resource ManagedScheduledExecutorService scheduler;

    private final ReentrantLock draining = new ReentrantLock();
    private ScheduledFuture<?> poller;
    // Set on undeploy: a drain in progress stops before its next step instead of running on
    // against a container that is going away.
    private volatile boolean stopped;

    /**
     * Starts the poller; called once by {@code Startup} after the schema is migrated. Not from
     * {@code @PostConstruct}: an instance created late, while the application is being undeployed,
     * must not start a poller that nothing would ever stop.
     */
    public synchronized void start() {
        if (poller != null || stopped) {
            return;
        }
        poller =
                scheduler.scheduleWithFixedDelay(
                        this::drainQuietly, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopPolling() {
        stopped = true;
        if (poller != null) {
            poller.cancel(false);
        }
        // Wait for a drain in progress (it stops before its next step), so none runs on after the
        // application's container is gone.
        try {
            if (draining.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                draining.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What an outbox entry does to the indices. */
    public enum Operation {
        /** Make the version the published snapshot the decision engine reads. */
        PUBLISH,
        /** Put the version into the editors' content index. */
        CONTENT,
        /** Take the (deleted) surface out of the published snapshot and the content index. */
        REMOVE,
        /** Take the surface out of the published snapshot only (archived); its content stays. */
        UNPUBLISH
    }

    /** Records, in the current transaction, that {@code version} of the surface must be indexed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String surfaceKey, long version, Operation operation) {
        OutboxEntry entry = new OutboxEntry();
        entry.operation = operation.name().toLowerCase(java.util.Locale.ROOT);
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
            while (!stopped) {
                Optional<OutboxEntry> next = steps.oldestDue(Instant.now());
                if (next.isEmpty()) {
                    return steps.pending() == 0;
                }
                if (!apply(next.get())) {
                    return false;
                }
            }
            return false;
        } catch (RuntimeException e) {
            // The entries are committed; the poller applies them later. A caller (a publish that
            // already committed) must not fail because the index could not be brought up to date.
            LOG.warning(() -> "Outbox drain interrupted, the poller will retry: " + e.getMessage());
            return false;
        } finally {
            draining.unlock();
        }
    }

    /** How many entries wait to be applied. */
    public long pending() {
        return steps.pending();
    }

    /** Why the oldest entry that failed could not be applied (it waits for a retry), if one did. */
    public Optional<String> lastError() {
        return steps.lastError();
    }

    private boolean apply(OutboxEntry entry) {
        try {
            // A version that is gone belongs to a deleted surface, whose REMOVE entry follows.
            Optional<StoredSurface> version =
                    surfaces.findVersion(entry.surfaceKey, entry.surfaceVersion);
            switch (Operation.valueOf(entry.operation.toUpperCase(java.util.Locale.ROOT))) {
                case PUBLISH -> {
                    if (version.isPresent()) {
                        index.replace(
                                PublishedSurface.of(version.get().definition()), entry.createdAt);
                    }
                }
                case CONTENT -> {
                    if (version.isPresent()) {
                        StoredSurface v = version.get();
                        content.replace(
                                v, v.publishedVersion().filter(p -> p == v.version()).isPresent());
                    }
                }
                case REMOVE -> {
                    index.remove(entry.surfaceKey);
                    content.remove(entry.surfaceKey);
                }
                case UNPUBLISH -> {
                    index.remove(entry.surfaceKey);
                    if (version.isPresent()) {
                        content.replace(version.get(), false);
                    }
                }
            }
            steps.done(entry.id);
            return true;
        } catch (RuntimeException | java.io.IOException e) {
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
        if (stopped || !draining.tryLock()) {
            return;
        }
        try {
            drainLocked();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Outbox drain failed: " + e.getMessage());
        }
    }

    /** The wait before retry number {@code attempts}: 0.5 s doubling up to 30 s. */
    public static Duration backoff(int attempts) {
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

        Optional<String> lastError() {
            return em.createQuery(
                            "select e.lastError from OutboxEntry e where e.lastError is not null"
                                    + " order by e.id",
                            String.class)
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst();
        }

        // Short statements without explicit row locks: a step never holds a lock across a call to
        // Elasticsearch, and applying an entry twice (two nodes) is harmless: index writes are
        // idempotent.
        void done(long id) {
            em.createQuery("delete from OutboxEntry e where e.id = :id")
                    .setParameter("id", id)
                    .executeUpdate();
        }

        void failed(long id, String error, Instant nextAttempt) {
            em.createQuery(
                            "update OutboxEntry e set e.attempts = e.attempts + 1, e.lastError = :error,"
                                    + " e.nextAttemptAt = :next where e.id = :id")
                    .setParameter("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                    .setParameter("next", nextAttempt)
                    .setParameter("id", id)
                    .executeUpdate();
        }
    }
}
