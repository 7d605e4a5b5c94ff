package io.pagewright.policy;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Check-and-increment of a visitor's impression counters over a shared map (the Infinispan cache
 * {@code impressions} in the server). A visitor's whole {@link ImpressionLog} is one entry; a page
 * is assembled against the entry as read, and its impressions are written with a compare-and-swap
 * on exactly that entry ({@code putIfAbsent} / {@code replace(key, old, new)}). If another request
 * changed the entry in between, the swap fails and the page is assembled again against the new
 * counts, so two requests can never both take the last allowed impression. Conditional writes are
 * atomic in local, replicated and distributed Infinispan caches alike.
 */
public final class ImpressionCounters {

    /** More attempts than this means a hot visitor key; the request fails rather than spins. */
    static final int MAX_ATTEMPTS = 50;

    private final ConcurrentMap<String, String> entries;
    private final Duration sessionTimeout;
    private final Clock clock;

    public ImpressionCounters(
            ConcurrentMap<String, String> entries, Duration sessionTimeout, Clock clock) {
        this.entries = Objects.requireNonNull(entries, "entries");
        this.sessionTimeout = Objects.requireNonNull(sessionTimeout, "sessionTimeout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Assembles a page with {@code assemble} against the visitor's current counts and records its
     * impressions atomically; assembles again if a concurrent request got there first.
     *
     * @throws CountersBusyException if the entry kept changing for {@link #MAX_ATTEMPTS} attempts
     */
    public GuardedPage assembleAndRecord(
            String visitorKey, Function<ImpressionHistory, GuardedPage> assemble) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String before = entries.get(visitorKey);
            ImpressionLog log = before == null ? ImpressionLog.EMPTY : read(before);
            long now = clock.millis();
            GuardedPage page = assemble.apply(log.history(now, sessionTimeout));
            if (page.impressions().isEmpty()) {
                return page;
            }
            ImpressionLog after = log.record(page.impressions(), now, sessionTimeout);
            after.brokenSince(log, page.limits(), now, sessionTimeout)
                    .ifPresent(limit -> {
                        throw new IllegalStateException(
                                "page assembled against the counters breaks " + limit);
                    });
            String next = ImpressionLogFormat.write(after);
            boolean swapped =
                    before == null
                            ? entries.putIfAbsent(visitorKey, next) == null
                            : entries.replace(visitorKey, before, next);
            if (swapped) {
                return page;
            }
        }
        throw new CountersBusyException(visitorKey);
    }

    /** The visitor's counts now, for reading only (dry runs, diagnostics). */
    public ImpressionHistory history(String visitorKey) {
        String entry = entries.get(visitorKey);
        return (entry == null ? ImpressionLog.EMPTY : read(entry))
                .history(clock.millis(), sessionTimeout);
    }

    private static ImpressionLog read(String entry) {
        return ImpressionLogFormat.read(entry);
    }

    /** The counters of one visitor changed under every attempt to record a page. */
    public static final class CountersBusyException extends RuntimeException {
        CountersBusyException(String visitorKey) {
            super("impression counters of " + visitorKey + " kept changing");
        }
    }
}
