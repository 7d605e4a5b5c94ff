package io.pagewright.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one visitor has been shown, as the counter store keeps it: per counter ({@code
 * OFFER_TYPE:discount}, {@code VARIANT:spring-sale} ...) the times of its impressions in the last
 * week, and when the visitor's current session began. Windows are rolling: a day is the last 24
 * hours, a week the last 7 days, and a session ends after {@code sessionTimeout} without an
 * impression. Immutable; {@link #record} returns a new log.
 */
public record ImpressionLog(long sessionStart, long lastSeen, Map<String, List<Long>> counters) {

    /** Kept per counter at most; a limit above it could not be enforced exactly. */
    static final int MAX_PER_COUNTER = 1000;

    static final long DAY = Duration.ofDays(1).toMillis();
    static final long WEEK = Duration.ofDays(7).toMillis();

    public static final ImpressionLog EMPTY = new ImpressionLog(0, 0, Map.of());

    public ImpressionLog {
        Map<String, List<Long>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(counters, "counters").forEach((k, v) -> copy.put(k, List.copyOf(v)));
        counters = Map.copyOf(copy);
    }

    /** The history the assembler reads at {@code now}. */
    public ImpressionHistory history(long now, Duration sessionTimeout) {
        long session = sessionStartAt(now, sessionTimeout);
        return (counter, window) -> {
            long from =
                    switch (window) {
                        case SESSION -> session;
                        case DAY -> now - DAY;
                        case WEEK -> now - WEEK;
                    };
            return count(name(counter), from);
        };
    }

    /** This log with {@code impressions} added at {@code now}; older than a week is dropped. */
    public ImpressionLog record(List<Counter> impressions, long now, Duration sessionTimeout) {
        Map<String, List<Long>> next = new LinkedHashMap<>();
        counters.forEach((name, times) -> {
            List<Long> kept = times.stream().filter(t -> t > now - WEEK).toList();
            if (!kept.isEmpty()) {
                next.put(name, kept);
            }
        });
        for (Counter counter : impressions) {
            List<Long> times = new ArrayList<>(next.getOrDefault(name(counter), List.of()));
            times.add(now);
            if (times.size() > MAX_PER_COUNTER) {
                times = times.subList(times.size() - MAX_PER_COUNTER, times.size());
            }
            next.put(name(counter), times);
        }
        return new ImpressionLog(sessionStartAt(now, sessionTimeout), now, next);
    }

    /**
     * The first limit this log is over that it was not over as {@code before}, or is further over:
     * what the impressions added since {@code before} broke. A history that is already over a limit
     * (the limit was lowered, or a stricter policy activated, during the session) is not a break by
     * a page that adds nothing to that limit's counters.
     */
    public java.util.Optional<CounterLimit> brokenSince(
            ImpressionLog before, List<CounterLimit> limits, long now, Duration sessionTimeout) {
        ImpressionHistory after = history(now, sessionTimeout);
        ImpressionHistory earlier = before.history(now, sessionTimeout);
        return limits.stream()
                .filter(l -> {
                    int total = sum(after, l);
                    return total > l.max() && total > sum(earlier, l);
                })
                .findFirst();
    }

    private static int sum(ImpressionHistory history, CounterLimit limit) {
        return limit.counters().stream().mapToInt(c -> history.count(c, limit.window())).sum();
    }

    private long sessionStartAt(long now, Duration sessionTimeout) {
        boolean ongoing = lastSeen > 0 && now - lastSeen < sessionTimeout.toMillis();
        return ongoing ? sessionStart : now;
    }

    private int count(String name, long from) {
        List<Long> times = counters.get(name);
        if (times == null) {
            return 0;
        }
        int n = 0;
        for (long t : times) {
            if (t >= from) {
                n++;
            }
        }
        return n;
    }

    static String name(Counter counter) {
        return counter.kind() + ":" + counter.key();
    }
}
