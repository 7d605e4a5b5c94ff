package io.pagewright.decision.traffic;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts page decisions one by one into {@link Traffic}: per intent × lifecycle stage of the
 * visitor (a decision whose visitor lacks either is counted as unknown) and per slot's served
 * variant.
 */
public final class TrafficTally {

    private final Map<String, Map<String, Long>> perCell = new TreeMap<>();
    private final Map<String, Map<String, Long>> perSlot = new TreeMap<>();
    private long counted;
    private long holdout;
    private long unknown;

    /** Adds one page decision; {@code served} maps each slot to the variant it served. */
    public void add(
            String intent, String lifecycleStage, boolean inHoldout, Map<String, String> served) {
        counted++;
        if (inHoldout) {
            holdout++;
        }
        if (isBlank(intent) || isBlank(lifecycleStage)) {
            unknown++;
        } else {
            perCell.computeIfAbsent(intent, k -> new TreeMap<>())
                    .merge(lifecycleStage, 1L, Long::sum);
        }
        served.forEach((slot, variant) ->
                perSlot.computeIfAbsent(slot, k -> new TreeMap<>()).merge(variant, 1L, Long::sum));
    }

    /** How many decisions were added. */
    public long counted() {
        return counted;
    }

    /**
     * The traffic counted, out of {@code decisions} in the period (more when not all were read).
     */
    public Traffic traffic(String surface, Instant since, long decisions) {
        return Traffic.of(surface, since, decisions, counted, holdout, unknown, perCell, perSlot);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
