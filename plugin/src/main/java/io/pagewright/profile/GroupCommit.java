package io.pagewright.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Writes the batches that request threads hand in at the same time in one transaction: the thread
 * that gets the writer lock writes every batch queued so far, its own and those of the threads
 * waiting behind it, and commits once. A caller returns only after the commit that holds its batch,
 * so an answer still means durable; a database commit (a file write on H2) is shared.
 *
 * <p>If a group fails, each of its batches is written again in a transaction of its own, so one bad
 * batch fails only its own request, as without grouping.
 *
 * @param <B> a batch
 * @param <R> what writing a batch returns
 */
final class GroupCommit<B, R> {

    private final Function<List<B>, List<R>> writeTogether;
    private final ReentrantLock writer = new ReentrantLock();
    private final ConcurrentLinkedQueue<Pending<B, R>> queue = new ConcurrentLinkedQueue<>();

    /**
     * @param writeTogether writes batches in one transaction and returns their results in order
     */
    GroupCommit(Function<List<B>, List<R>> writeTogether) {
        this.writeTogether = Objects.requireNonNull(writeTogether, "writeTogether");
    }

    /** Writes the batch, possibly together with concurrent ones; returns once it is committed. */
    R write(B batch) {
        Pending<B, R> mine = new Pending<>(batch);
        queue.add(mine);
        writer.lock();
        try {
            if (!mine.done) {
                writeQueued();
            }
        } finally {
            writer.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.result;
    }

    /** Callers waiting for the writer lock (an estimate, for tests and diagnostics). */
    int waitingWriters() {
        return writer.getQueueLength();
    }

    // Holds the writer lock: mine is queued, so the group is never empty.
    private void writeQueued() {
        List<Pending<B, R>> group = new ArrayList<>();
        for (Pending<B, R> next; (next = queue.poll()) != null; ) {
            group.add(next);
        }
        try {
            List<R> results = writeTogether.apply(group.stream().map(p -> p.batch).toList());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).succeed(results.get(i));
            }
        } catch (RuntimeException groupFailure) {
            if (group.size() == 1) {
                group.getFirst().fail(groupFailure);
                return;
            }
            for (Pending<B, R> alone : group) {
                try {
                    alone.succeed(writeTogether.apply(List.of(alone.batch)).getFirst());
                } catch (RuntimeException failure) {
                    alone.fail(failure);
                }
            }
        } finally {
            // An Error on the way leaves the others of the group without an answer: they fail.
            for (Pending<B, R> pending : group) {
                if (!pending.done) {
                    pending.fail(new IllegalStateException("The batch was not written"));
                }
            }
        }
    }

    // Fields are written under the writer lock and read after the owner took that lock itself.
    private static final class Pending<B, R> {
        final B batch;
        boolean done;
        R result;
        RuntimeException failure;

        Pending(B batch) {
            this.batch = batch;
        }

        void succeed(R value) {
            result = value;
            done = true;
        }

        void fail(RuntimeException e) {
            failure = e;
            done = true;
        }
    }
}
