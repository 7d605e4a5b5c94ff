package io.pagewright.policy;

import java.time.Duration;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

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
        counters = Map.copyOf(asTimes(Objects.requireNonNull(counters, "counters")));
    }

    /** {@code counters} with every list as {@link Times}; itself when they all are (one copy). */
    private static Map<String, List<Long>> asTimes(Map<String, List<Long>> counters) {
        for (List<Long> times : counters.values()) {
            if (!(times instanceof Times)) {
                Map<String, List<Long>> copy = new HashMap<>();
                counters.forEach((k, v) -> copy.put(k, Times.of(v)));
                return copy;
            }
        }
        return counters;
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
        long oldest = now - WEEK;
        Map<String, List<Long>> next = new HashMap<>();
        counters.forEach((name, times) -> {
            Times kept = ((Times) times).after(oldest);
            if (kept.size() > 0) {
                next.put(name, kept);
            }
        });
        for (Counter counter : impressions) {
            String name = name(counter);
            Times times = (Times) next.get(name);
            next.put(name, times == null ? Times.of(new long[] {now}) : times.plus(now));
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
        Times times = (Times) counters.get(name);
        return times == null ? 0 : times.countFrom(from);
    }

    static String name(Counter counter) {
        return counter.kind() + ":" + counter.key();
    }

    /**
     * The times of one counter, in the order they were recorded, as an immutable list over a {@code
     * long[]}: read on every resolve, so counting must not unbox (equal to any {@link List} of the
     * same times).
     */
    static final class Times extends AbstractList<Long> implements RandomAccess {

        private final long[] values;

        private Times(long[] values) {
            this.values = values;
        }

        static Times of(List<Long> times) {
            if (times instanceof Times already) {
                return already;
            }
            long[] values = new long[times.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = Objects.requireNonNull(times.get(i), "time");
            }
            return of(values);
        }

        /** Over {@code values}, which the caller hands over and no longer changes. */
        static Times of(long[] values) {
            return new Times(values);
        }

        long[] values() {
            return values;
        }

        int countFrom(long from) {
            int n = 0;
            for (long t : values) {
                if (t >= from) {
                    n++;
                }
            }
            return n;
        }

        /** The times later than {@code oldest}; this list itself when that is all of them. */
        Times after(long oldest) {
            int kept = 0;
            for (long t : values) {
                if (t > oldest) {
                    kept++;
                }
            }
            if (kept == values.length) {
                return this;
            }
            long[] later = new long[kept];
            int i = 0;
            for (long t : values) {
                if (t > oldest) {
                    later[i++] = t;
                }
            }
            return new Times(later);
        }

        /** These times and {@code time}, the oldest dropped beyond {@link #MAX_PER_COUNTER}. */
        Times plus(long time) {
            int keep = Math.min(values.length, MAX_PER_COUNTER - 1);
            long[] next = Arrays.copyOfRange(values, values.length - keep, values.length + 1);
            next[keep] = time;
            return new Times(next);
        }

        @Override
        public Long get(int index) {
            return values[index];
        }

        @Override
        public int size() {
            return values.length;
        }
    }
}
