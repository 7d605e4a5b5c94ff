package io.pagewright.profile;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts of lags in milliseconds: exact 1 ms buckets up to five minutes, one overflow bucket above.
 * Lock-free; percentiles are read from a snapshot of the counts.
 */
public final class LagHistogram {

    private static final int LIMIT_MILLIS = 300_000;

    private final AtomicLongArray counts = new AtomicLongArray(LIMIT_MILLIS + 1);

    public void record(long millis) {
        counts.incrementAndGet((int) Math.max(0, Math.min(millis, LIMIT_MILLIS)));
    }

    /** The lag at or below which {@code fraction} of the samples lie; -1 with no sample. */
    public long percentile(double fraction) {
        long total = count();
        if (total == 0) {
            return -1;
        }
        long rank = Math.max(1, (long) Math.ceil(fraction * total));
        long seen = 0;
        for (int i = 0; i <= LIMIT_MILLIS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return i;
            }
        }
        return LIMIT_MILLIS;
    }

    public long count() {
        long total = 0;
        for (int i = 0; i <= LIMIT_MILLIS; i++) {
            total += counts.get(i);
        }
        return total;
    }

    public void reset() {
        for (int i = 0; i <= LIMIT_MILLIS; i++) {
            counts.set(i, 0);
        }
    }
}
