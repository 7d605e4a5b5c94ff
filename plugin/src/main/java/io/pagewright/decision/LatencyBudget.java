package io.pagewright.decision;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How long a resolve of a surface may wait for a slow dependency: {@code
 * pagewright.resolve.latency-budget-ms.<surface-key>}, else {@code
 * pagewright.resolve.latency-budget-ms}, default 50 ms, between 1 ms and 10 s. Counted from the
 * start of the request; what is not answered by then is served from memory or left out, with the
 * fallback reason.
 */
@ApplicationScoped
public class LatencyBudget {

    static final String PROPERTY = "pagewright.resolve.latency-budget-ms";
    static final long DEFAULT_MILLIS = 50;

    private final Map<String, Duration> budgets = new ConcurrentHashMap<>();

    public Duration of(String surfaceKey) {
        return budgets.computeIfAbsent(surfaceKey, LatencyBudget::configured);
    }

    /** The deadline, in {@link System#nanoTime()}, of a resolve that started at {@code started}. */
    public long deadline(String surfaceKey, long started) {
        return started + of(surfaceKey).toNanos();
    }

    private static Duration configured(String surfaceKey) {
        Config config = ConfigProvider.getConfig();
        long millis =
                config.getOptionalValue(PROPERTY + "." + surfaceKey, Long.class)
                        .or(() -> config.getOptionalValue(PROPERTY, Long.class))
                        .orElse(DEFAULT_MILLIS);
        return Duration.ofMillis(Math.max(1, Math.min(10_000, millis)));
    }
}
