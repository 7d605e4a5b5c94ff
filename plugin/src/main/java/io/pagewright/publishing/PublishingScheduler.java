package io.pagewright.publishing;

import io.pagewright.platform.BackgroundTask;
import io.pagewright.publishing.store.ReviewStore;
import io.pagewright.search.IndexOutbox;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes scheduled versions when their time comes and archives versions whose window closed. The
 * schedule lives in the database (the review rows), so a publish due while the server was down
 * happens right after it starts again. Each due item runs in its own transaction, under the same
 * row lock as the API's actions, so two nodes never publish the same version twice.
 */
@ApplicationScoped
public class PublishingScheduler {

    private static final Logger LOG = Logger.getLogger(PublishingScheduler.class.getName());

    @Resource ManagedScheduledExecutorService scheduler;
    @Inject ReviewStore reviews;
    @Inject PublishingService publishing;
    @Inject IndexOutbox outbox;

    private BackgroundTask poller;

    /** Starts polling; called once the schema is migrated. */
    public synchronized void start() {
        if (poller != null) {
            return;
        }
        poller =
                BackgroundTask.every(
                        scheduler,
                        "Publishing schedule",
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1),
                        this::runDue);
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.stop();
        }
    }

    /** Runs everything due now; returns how many items changed. */
    public int runDue() {
        int changed = 0;
        try {
            Instant now = Instant.now();
            List<Review> due = new ArrayList<>(reviews.duePublishes(now));
            due.addAll(reviews.dueUnpublishes(now));
            for (Review review : due) {
                try {
                    if (publishing.runDue(review, now)) {
                        changed++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(
                            Level.WARNING,
                            "Scheduled change of "
                                    + review.kind()
                                    + " "
                                    + review.key()
                                    + " v"
                                    + review.version()
                                    + " failed; retrying",
                            e);
                }
            }
            if (changed > 0) {
                outbox.drain();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Publishing schedule check failed", e);
        }
        return changed;
    }
}
