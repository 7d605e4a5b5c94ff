package io.pagewright.search;

import io.pagewright.content.SurfaceStore;
import io.pagewright.content.SurfaceSummary;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds both indices from the database: queues every published surface (published snapshot) and
 * every surface's current version (content index) in the outbox in one transaction, then drains it
 * in the background. Progress is the share of those entries applied so far.
 */
@ApplicationScoped
public class Reindex {

    @Inject SurfaceStore surfaces;
    @Inject IndexOutbox outbox;
    @Inject Queueing queueing;
    @Resource ManagedExecutorService executor;

    private final AtomicReference<Progress> last = new AtomicReference<>(Progress.NONE);

    /**
     * A rebuild's progress: {@code state} is none, running, done or failed; {@code total} index
     * updates were queued and {@code remaining} of them are not applied yet.
     */
    public record Progress(
            String state, int total, long remaining, Instant startedAt, Instant finishedAt) {
        static final Progress NONE = new Progress("none", 0, 0, null, null);
    }

    public Progress start() {
        Progress running = last.get();
        if ("running".equals(running.state())) {
            return progress();
        }
        int total = queueing.queueAllPublished();
        Progress started = new Progress("running", total, total, Instant.now(), null);
        last.set(started);
        executor.submit(() -> {
            boolean drained = outbox.drain();
            last.set(
                    new Progress(
                            drained ? "done" : "failed",
                            total,
                            outbox.pending(),
                            started.startedAt(),
                            Instant.now()));
        });
        return started;
    }

    public Progress progress() {
        Progress p = last.get();
        if (!"running".equals(p.state())) {
            return p;
        }
        return new Progress(
                p.state(), p.total(), Math.min(p.total(), outbox.pending()), p.startedAt(), null);
    }

    /** Queues every published surface, in one transaction. */
    @ApplicationScoped
    public static class Queueing {
        @Inject SurfaceStore surfaces;
        @Inject IndexOutbox outbox;

        @Transactional
        int queueAllPublished() {
            List<SurfaceSummary> all = surfaces.list();
            all.stream()
                    .filter(s -> s.publishedVersion() != null)
                    .forEach(s ->
                            outbox.enqueue(
                                    s.key(), s.publishedVersion(), IndexOutbox.Operation.PUBLISH));
            all.forEach(s -> outbox.enqueue(s.key(), s.version(), IndexOutbox.Operation.CONTENT));
            return (int) all.stream().filter(s -> s.publishedVersion() != null).count()
                    + all.size();
        }
    }
}
