package io.pagewright.profile;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;

/**
 * Ingest counters of this node since it started (or since the last reset): what the API accepted,
 * recognized as resends, refused as invalid or turned away under overload, and what the consumers
 * folded and shipped, with the profile-update lag (event received to profile committed).
 */
@ApplicationScoped
public class EventStats {

    final LongAdder accepted = new LongAdder();
    final LongAdder duplicates = new LongAdder();
    final LongAdder rejected = new LongAdder();
    final LongAdder refusedBatches = new LongAdder();
    final LongAdder folded = new LongAdder();
    final LongAdder shipped = new LongAdder();
    final LagHistogram foldLag = new LagHistogram();
    final LagHistogram shipLag = new LagHistogram();
    private volatile Instant since = Instant.now();

    /** A snapshot, with lags in milliseconds (-1 when nothing was folded yet). */
    public record Snapshot(
            Instant since,
            long accepted,
            long newEvents,
            long duplicates,
            long rejected,
            long refusedBatches,
            long folded,
            long shipped,
            Lag foldLagMillis,
            Lag indexLagMillis) {}

    /** Percentiles of a lag. */
    public record Lag(long samples, long p50, long p90, long p99, long p999, long max) {}

    public void accepted(int events, int fresh) {
        accepted.add(events);
        duplicates.add(events - fresh);
    }

    public void rejected(int events) {
        rejected.add(events);
    }

    public void refused() {
        refusedBatches.increment();
    }

    public void folded(int events) {
        folded.add(events);
    }

    public void shipped(int events) {
        shipped.add(events);
    }

    public void foldLag(long millis) {
        foldLag.record(millis);
    }

    public void shipLag(long millis) {
        shipLag.record(millis);
    }

    public Snapshot snapshot() {
        long all = accepted.sum();
        long dup = duplicates.sum();
        return new Snapshot(
                since,
                all,
                all - dup,
                dup,
                rejected.sum(),
                refusedBatches.sum(),
                folded.sum(),
                shipped.sum(),
                lag(foldLag),
                lag(shipLag));
    }

    public void reset() {
        since = Instant.now();
        accepted.reset();
        duplicates.reset();
        rejected.reset();
        refusedBatches.reset();
        folded.reset();
        shipped.reset();
        foldLag.reset();
        shipLag.reset();
    }

    private static Lag lag(LagHistogram h) {
        return new Lag(
                h.count(),
                h.percentile(0.5),
                h.percentile(0.9),
                h.percentile(0.99),
                h.percentile(0.999),
                h.percentile(1.0));
    }
}
