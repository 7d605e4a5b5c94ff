package io.pagewright.learning;

import io.pagewright.platform.BackgroundTask;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the learner every {@code pagewright.learning.interval-ms} (default 1 s): steps until the
 * decision log is read up to the closed attribution windows, then lets this node's models catch up
 * at once (other nodes within a second).
 */
@ApplicationScoped
public class LearningLoop {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(LearningLoop.class.getName());

    private static final int MAX_STEPS = 50;

    @Inject Learner learner;
    @Inject LearningModels models;
    @Resource ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "pagewright.learning.interval-ms", defaultValue = "1000")
    long intervalMs;

    /**
     * How long every model version is kept (replays of decisions made with it need it); older
     * versions are deleted, each slot's newest always kept.
     */
    @Inject
    @ConfigProperty(name = "pagewright.learning.model-retention-days", defaultValue = "14")
    long retentionDays;

    @Inject ModelStore store;
    @Inject ModelSettingsSync settings;

    private static final Duration PRUNE_EVERY = Duration.ofHours(1);
    private volatile Instant prunedAt = Instant.EPOCH;

    private BackgroundTask task;

    public void start() {
        models.start();
        Duration every = Duration.ofMillis(intervalMs);
        task = BackgroundTask.every(scheduler, "Learning", every, every, this::learn);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.stop();
        }
    }

    void learn() {
        boolean learned = settings.apply() > 0;
        for (int i = 0; i < MAX_STEPS; i++) {
            Learner.Step step = learner.learnNext();
            learned |= step.models() > 0;
            if (step.decisions() < Learner.PAGE) {
                break;
            }
        }
        if (learned) {
            models.refresh();
        }
        Instant now = Instant.now();
        if (prunedAt.plus(PRUNE_EVERY).isBefore(now)) {
            prunedAt = now;
            int pruned = store.pruneBefore(now.minus(Duration.ofDays(retentionDays)));
            if (pruned > 0) {
                LOG.info(
                        "Deleted "
                                + pruned
                                + " model versions older than "
                                + retentionDays
                                + " days");
            }
        }
    }
}
