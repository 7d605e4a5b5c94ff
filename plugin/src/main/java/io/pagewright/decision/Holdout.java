package io.pagewright.decision;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which visitors are in a surface's holdout: the share configured for the surface ({@code
 * pagewright.holdout.percent.<surface-key>}, else {@code pagewright.holdout.percent}, default 0, at
 * most 50), assigned by a stable hash of surface key and visitor id, so a visitor stays in or out
 * of the holdout on every request and the lift of personalization can always be measured.
 */
@ApplicationScoped
public class Holdout {

    static final String PROPERTY = "pagewright.holdout.percent";

    private final Map<String, Double> shares = new ConcurrentHashMap<>();

    public boolean contains(String surfaceKey, String visitorId) {
        double share = shares.computeIfAbsent(surfaceKey, Holdout::configuredShare);
        return share > 0 && Decisions.unitHash(surfaceKey + "/" + visitorId) < share;
    }

    private static double configuredShare(String surfaceKey) {
        Config config = ConfigProvider.getConfig();
        int percent =
                config.getOptionalValue(PROPERTY + "." + surfaceKey, Integer.class)
                        .or(() -> config.getOptionalValue(PROPERTY, Integer.class))
                        .orElse(0);
        return Math.max(0, Math.min(50, percent)) / 100.0;
    }
}
