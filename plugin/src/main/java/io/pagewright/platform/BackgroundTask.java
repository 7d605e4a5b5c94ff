package io.pagewright.platform;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A periodic job on the server's managed scheduler that can be stopped cleanly: {@link #stop()}
 * (called from {@code @PreDestroy} when the application is undeployed) prevents further runs and
 * waits for a run in progress to finish, so no run uses the application after its container is
 * gone. Runs never overlap.
 */
public final class BackgroundTask {

    private static final Logger LOG = Logger.getLogger(BackgroundTask.class.getName());
    private static final long STOP_WAIT_SECONDS = 30;

    private final String name;
    private final Runnable work;
    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean stopped;
    private ScheduledFuture<?> future;

    private BackgroundTask(String name, Runnable work) {
        this.name = name;
        this.work = work;
    }

    /** Runs {@code work} every {@code period}, the first time after {@code delay}. */
    public static BackgroundTask every(
            ManagedScheduledExecutorService scheduler,
            String name,
            Duration delay,
            Duration period,
            Runnable work) {
        BackgroundTask task = new BackgroundTask(name, work);
        task.future =
                scheduler.scheduleWithFixedDelay(
                        task::runOnce, delay.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return task;
    }

    private void runOnce() {
        if (stopped || !running.tryLock()) {
            return;
        }
        try {
            if (!stopped) {
                work.run();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + " failed; it runs again at its next period", e);
        } finally {
            running.unlock();
        }
    }

    /** No further runs; waits for a run in progress to end. */
    public void stop() {
        stopped = true;
        future.cancel(false);
        try {
            if (running.tryLock(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                running.unlock();
            } else {
                LOG.warning(name + " did not finish within " + STOP_WAIT_SECONDS + " s of stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean stopped() {
        return stopped;
    }
}
