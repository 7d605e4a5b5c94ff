package io.pagewright.policy;

import io.pagewright.platform.Json;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How an {@link ImpressionLog} is stored in the counter cache: a compact string, read and written
 * on every resolve, so it avoids a JSON parser and boxed numbers. {@code I1|<sessionStart>|
 * <lastSeen>|} then per counter {@code <length of name>:<name>=<first time>,<delta>,<delta>...;},
 * every number in base 36 and each time after the first as the difference to the one before. Names
 * are length-prefixed, so they may hold any character. Entries written as JSON by an earlier
 * release are still read. Strings keep the cache's compare-and-swap a plain {@code equals}, on
 * every node of a cluster.
 */
public final class ImpressionLogFormat {

    private static final String HEADER = "I1|";
    private static final int RADIX = 36;

    private ImpressionLogFormat() {}

    public static String write(ImpressionLog log) {
        int size = 32;
        for (Map.Entry<String, List<Long>> counter : log.counters().entrySet()) {
            // a name, its length and separators, then mostly deltas of a few base-36 digits
            size += counter.getKey().length() + 8 + counter.getValue().size() * 6;
        }
        StringBuilder out = new StringBuilder(size);
        out.append(HEADER);
        appendNumber(out, log.sessionStart()).append('|');
        appendNumber(out, log.lastSeen()).append('|');
        log.counters()
                .forEach((name, times) -> {
                    if (times.isEmpty()) {
                        return; // counts the same as no entry
                    }
                    out.append(Integer.toString(name.length(), RADIX))
                            .append(':')
                            .append(name)
                            .append('=');
                    long[] values = ((ImpressionLog.Times) times).values();
                    long previous = 0;
                    for (int i = 0; i < values.length; i++) {
                        if (i > 0) {
                            out.append(',');
                        }
                        appendNumber(out, values[i] - previous);
                        previous = values[i];
                    }
                    out.append(';');
                });
        return out.toString();
    }

    /**
     * {@code value} in base 36, as {@link Long#toString(long, int)} writes it, allocating nothing.
     */
    private static StringBuilder appendNumber(StringBuilder out, long value) {
        if (value < 0) {
            // Long.MIN_VALUE has no positive counterpart; no time difference comes near it
            return out.append(Long.toString(value, RADIX));
        }
        long unit = 1;
        while (value / unit >= RADIX) {
            unit *= RADIX;
        }
        for (; unit > 0; unit /= RADIX) {
            out.append(Character.forDigit((int) (value / unit % RADIX), RADIX));
        }
        return out;
    }

    /** The log an entry holds, in this format or as the JSON of earlier releases. */
    public static ImpressionLog read(String entry) {
        if (!entry.startsWith(HEADER)) {
            return Json.DOCUMENTS.readValue(entry, ImpressionLog.class);
        }
        Reader in = new Reader(entry, HEADER.length());
        long sessionStart = in.number('|');
        long lastSeen = in.number('|');
        Map<String, List<Long>> counters = new HashMap<>();
        while (!in.atEnd()) {
            int length = (int) in.number(':');
            String name = in.text(length, '=');
            long[] times = new long[8];
            int n = 0;
            long previous = 0;
            boolean more = true;
            while (more) {
                if (n == times.length) {
                    times = java.util.Arrays.copyOf(times, n * 2);
                }
                previous += in.number(',', ';');
                times[n++] = previous;
                more = in.last() == ',';
            }
            counters.put(name, ImpressionLog.Times.of(java.util.Arrays.copyOf(times, n)));
        }
        return new ImpressionLog(sessionStart, lastSeen, counters);
    }

    /**
     * A cursor over an entry; any deviation from the format is an {@link IllegalArgumentException}.
     */
    private static final class Reader {
        private final String text;
        private int at;
        private char last;

        Reader(String text, int at) {
            this.text = text;
            this.at = at;
        }

        boolean atEnd() {
            return at >= text.length();
        }

        char last() {
            return last;
        }

        /** A signed base-36 number ending at {@code end} (or {@code orEnd}), which is consumed. */
        long number(char end) {
            return number(end, end);
        }

        long number(char end, char orEnd) {
            boolean negative = at < text.length() && text.charAt(at) == '-';
            if (negative) {
                at++;
            }
            long value = 0;
            int digits = 0;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == end || c == orEnd) {
                    if (digits == 0) {
                        break;
                    }
                    last = c;
                    return negative ? -value : value;
                }
                int digit = Character.digit(c, RADIX);
                if (digit < 0 || digits++ >= 13) {
                    break;
                }
                value = value * RADIX + digit;
            }
            throw new IllegalArgumentException("not an impression log entry at " + at);
        }

        /** {@code length} characters followed by {@code end}, which is consumed. */
        String text(int length, char end) {
            int stop = at + length;
            if (length < 0 || stop >= text.length() || text.charAt(stop) != end) {
                throw new IllegalArgumentException("not an impression log entry at " + at);
            }
            String value = text.substring(at, stop);
            at = stop + 1;
            return value;
        }
    }
}
