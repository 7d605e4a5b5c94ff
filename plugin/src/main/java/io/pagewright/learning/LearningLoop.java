package io.pagewright.learning;

import io.pagewright.platform.BackgroundTask;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the learner every {@code pagewright.learning.interval-ms} (default 1 s): steps until the
 * decision log is read up to the closed attribution windows, then lets this node's models catch up
 * at once (other nodes within a second).
 */
@ApplicationScoped
public class LearningLoop {

    private static final int MAX_STEPS = 50;

    @Inject Learner learner;
    @Inject LearningModels models;
    @Resource ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "pagewright.learning.interval-ms", defaultValue = "1000")
    long intervalMs;

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
        boolean learned = false;
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
    }
}
