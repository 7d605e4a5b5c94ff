package io.pagewright.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Admission control in front of the journal: a bounded number of batches are written at once, new
 * batches are refused while folding lags too far behind, and an operator can close intake. A
 * refusal says why and when to retry, so the API answers 503 with Retry-After instead of queueing
 * without bound or timing out.
 */
public final class IngestGate {

    /** Why a batch was not admitted, and the seconds after which a retry is sensible. */
    public record Refusal(String reason, String detail, long retryAfterSeconds) {}

    /** An admitted batch; close it when the journal write is over. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore permits;
    private final long waitMillis;
    private final Duration maxLag;
    private volatile boolean open = true;
    private volatile Instant oldestUnfolded;

    public IngestGate(int concurrentBatches, long waitMillis, Duration maxLag) {
        if (concurrentBatches < 1) {
            throw new IllegalArgumentException("concurrentBatches must be at least 1");
        }
        this.permits = new Semaphore(concurrentBatches, true);
        this.waitMillis = waitMillis;
        this.maxLag = maxLag;
    }

    /** Admits a batch, or says why not. */
    public Admission admit(Instant now) {
        if (!open) {
            return new Admission(
                    null,
                    new Refusal(
                            "intake-closed", "Event intake is closed by an administrator.", 30));
        }
        Instant oldest = oldestUnfolded;
        if (oldest != null && Duration.between(oldest, now).compareTo(maxLag) > 0) {
            return new Admission(
                    null,
                    new Refusal(
                            "ingest-lagging",
                            "Profiles lag more than "
                                    + maxLag.toSeconds()
                                    + " s behind accepted events; retry later.",
                            5));
        }
        try {
            if (!permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                return new Admission(
                        null,
                        new Refusal(
                                "ingest-busy",
                                "Too many event batches are being written at once; retry later.",
                                1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Admission(null, new Refusal("ingest-busy", "Interrupted while waiting.", 1));
        }
        return new Admission(permits::release, null);
    }

    /** Either a permit or a refusal. */
    public record Admission(Permit permit, Refusal refusal) {
        public Optional<Refusal> refused() {
            return Optional.ofNullable(refusal);
        }
    }

    /** Opens or closes intake (maintenance); closed intake refuses every batch. */
    public void setOpen(boolean open) {
        this.open = open;
    }

    public boolean isOpen() {
        return open;
    }

    /** What the fold consumer last saw: the receipt time of the oldest unfolded event, or null. */
    public void foldBacklogSince(Instant oldest) {
        this.oldestUnfolded = oldest;
    }

    /** Permits free right now. */
    public int freePermits() {
        return permits.availablePermits();
    }
}
