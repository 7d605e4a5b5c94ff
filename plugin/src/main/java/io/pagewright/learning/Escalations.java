package io.pagewright.learning;

import io.pagewright.platform.BackgroundTask;
import io.pagewright.platform.Json;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The engine's side of escalations: whether a bandit slot must escalate for a segment (low
 * confidence and no person has decided for that segment yet), what people decided (read from the
 * store every two seconds), and the occurrences seen since the last flush, written in the
 * background so a resolve never waits for the database.
 *
 * <p>Escalation is off unless configured: {@code pagewright.learning.escalation.min-observations},
 * {@code .max-width} and {@code .min-margin} (each 0 = that test off), per surface with the surface
 * key appended (e.g. {@code ...min-observations.ecommerce-homepage}).
 */
@ApplicationScoped
public class Escalations {

    private static final Logger LOG = Logger.getLogger(Escalations.class.getName());
    static final String PREFIX = "pagewright.learning.escalation.";

    /** What people decided for a segment. */
    public enum Resolution {
        /** The learning strategy decides for this segment from now on. */
        EXPLORE("explore"),
        /** The segment keeps the slot's default, without new escalations. */
        KEEP_DEFAULT("keep-default");

        final String wire;

        Resolution(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        static Optional<Resolution> fromWire(String wire) {
            for (Resolution r : values()) {
                if (r.wire.equals(wire)) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
    }

    /** One escalation key. */
    public record Key(String surface, String slot, String segment, String kind) {}

    /** An occurrence waiting to be written. */
    record Pending(List<String> reasons, Map<String, Object> evidence, long count, Instant last) {}

    @Inject EscalationStore store;
    @Resource ManagedScheduledExecutorService scheduler;

    private final Map<Key, Pending> pending = new ConcurrentHashMap<>();
    private volatile Map<Key, Resolution> resolved = Map.of();
    private final Map<String, Optional<EscalationRule>> rules = new ConcurrentHashMap<>();
    private BackgroundTask flusher;
    private BackgroundTask reader;

    public void start() {
        Duration every = Duration.ofSeconds(1);
        flusher = BackgroundTask.every(scheduler, "Escalation flush", every, every, this::flush);
        reader =
                BackgroundTask.every(
                        scheduler,
                        "Escalation decisions",
                        Duration.ZERO,
                        Duration.ofSeconds(2),
                        this::readResolutions);
    }

    @PreDestroy
    void stop() {
        if (flusher != null) {
            flusher.stop();
        }
        if (reader != null) {
            reader.stop();
        }
        flush();
    }

    /** The escalation rule of a surface, if escalation is configured for it. */
    public Optional<EscalationRule> rule(String surface) {
        return rules.computeIfAbsent(surface, Escalations::configured);
    }

    /** What people decided for this slot and segment, if anything. */
    public Optional<Resolution> resolution(String surface, String slot, String segment) {
        return Optional.ofNullable(resolved.get(new Key(surface, slot, segment, LOW_CONFIDENCE)));
    }

    public static final String LOW_CONFIDENCE = "low-confidence";
    public static final String POLICY_CONFLICT = "policy-conflict";

    /** Counts an occurrence; written to the store within a second. */
    public void occurred(Key key, List<String> reasons, Map<String, Object> evidence) {
        Instant now = Instant.now();
        pending.merge(
                key,
                new Pending(reasons, evidence, 1, now),
                (a, b) -> new Pending(b.reasons(), b.evidence(), a.count() + 1, b.last()));
    }

    void flush() {
        for (Key key : List.copyOf(pending.keySet())) {
            Pending taken = pending.remove(key);
            if (taken == null) {
                continue;
            }
            try {
                store.record(
                        key,
                        taken.reasons(),
                        Json.DOCUMENTS.writeValueAsString(taken.evidence()),
                        taken.count(),
                        taken.last());
            } catch (RuntimeException e) {
                pending.merge(
                        key,
                        taken,
                        (a, b) ->
                                new Pending(
                                        a.reasons(),
                                        a.evidence(),
                                        a.count() + b.count(),
                                        a.last()));
                LOG.log(Level.WARNING, "Could not write escalations; trying again", e);
                return;
            }
        }
    }

    /** Re-reads people's decisions now (after a resolve on this node) and periodically. */
    public void readResolutions() {
        try {
            resolved = store.resolutions();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read escalation decisions; keeping the last", e);
        }
    }

    private static Optional<EscalationRule> configured(String surface) {
        Config config = ConfigProvider.getConfig();
        double minObservations = value(config, "min-observations", surface);
        double maxWidth = value(config, "max-width", surface);
        double minMargin = value(config, "min-margin", surface);
        if (minObservations <= 0 && maxWidth <= 0 && minMargin <= 0) {
            return Optional.empty();
        }
        return Optional.of(
                new EscalationRule(
                        maxWidth <= 0 ? Double.POSITIVE_INFINITY : maxWidth,
                        Math.max(0, minObservations),
                        Math.max(0, minMargin)));
    }

    private static double value(Config config, String name, String surface) {
        return config.getOptionalValue(PREFIX + name + "." + surface, Double.class)
                .or(() -> config.getOptionalValue(PREFIX + name, Double.class))
                .orElse(0.0);
    }

    static Optional<Resolution> parse(String wire) {
        return Resolution.fromWire(wire);
    }
}
