package io.pagewright.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code pagewright.events.*} settings (environment {@code PAGEWRIGHT_EVENTS_*}): ingest
 * limits, the background consumers, Elasticsearch retention and the local profile cache.
 */
@ApplicationScoped
public class EventSettings {

    /**
     * Batches being written to the journal at once; more wait {@link #permitWaitMillis}. Few is
     * faster: on H2, 8 concurrent writers accepted fewer events than 2 (docs/benchmarks.md).
     */
    @Inject
    @ConfigProperty(name = "pagewright.events.max-concurrent-batches", defaultValue = "4")
    int maxConcurrentBatches;

    /** How long a batch waits for an ingest permit before the API answers 503. */
    @Inject
    @ConfigProperty(name = "pagewright.events.permit-wait-millis", defaultValue = "2000")
    long permitWaitMillis;

    /** Refuse new batches (503) while the oldest unfolded event is older than this. */
    @Inject
    @ConfigProperty(name = "pagewright.events.max-fold-lag-seconds", defaultValue = "60")
    long maxFoldLagSeconds;

    /** Events folded into profiles per transaction. */
    @Inject
    @ConfigProperty(name = "pagewright.events.fold-batch", defaultValue = "2000")
    int foldBatch;

    /** Events shipped to Elasticsearch per bulk request. */
    @Inject
    @ConfigProperty(name = "pagewright.events.ship-batch", defaultValue = "5000")
    int shipBatch;

    /** How often an idle consumer looks for new events. */
    @Inject
    @ConfigProperty(name = "pagewright.events.poll-millis", defaultValue = "20")
    long pollMillis;

    /** Daily event indices older than this many days are deleted. */
    @Inject
    @ConfigProperty(name = "pagewright.events.retention-days", defaultValue = "30")
    int retentionDays;

    /**
     * Folded and shipped events stay in the database journal this long (for export and resend
     * detection); at least the acceptance window (7 days).
     */
    @Inject
    @ConfigProperty(name = "pagewright.events.journal-retention-days", defaultValue = "8")
    int journalRetentionDays;

    /** Identifiers whose profile the resolve read path keeps in memory. */
    @Inject
    @ConfigProperty(name = "pagewright.events.profile-cache-size", defaultValue = "20000")
    int profileCacheSize;

    /** How long a cached profile is used before it is read again: the bound on staleness. */
    @Inject
    @ConfigProperty(name = "pagewright.events.profile-cache-ttl-millis", defaultValue = "1000")
    long profileCacheTtlMillis;

    public int maxConcurrentBatches() {
        return maxConcurrentBatches;
    }

    public long permitWaitMillis() {
        return permitWaitMillis;
    }

    public long maxFoldLagSeconds() {
        return maxFoldLagSeconds;
    }

    public int foldBatch() {
        return foldBatch;
    }

    public int shipBatch() {
        return shipBatch;
    }

    public long pollMillis() {
        return pollMillis;
    }

    public int retentionDays() {
        return retentionDays;
    }

    public int journalRetentionDays() {
        return Math.max(journalRetentionDays, 8);
    }

    public int profileCacheSize() {
        return profileCacheSize;
    }

    public long profileCacheTtlMillis() {
        return profileCacheTtlMillis;
    }
}
