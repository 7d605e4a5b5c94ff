package io.pagewright.decision.traffic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a surface's traffic split since a moment: page decisions per intent × lifecycle stage of the
 * visitors (as the strategies saw them), and per slot the variants served. Every share is of all
 * the page decisions, holdout included.
 *
 * @param decisions page decisions recorded for the surface since {@code since}
 * @param holdout of them, those served to the holdout
 * @param unknown of them, those whose visitor had no intent or no lifecycle stage known, so they
 *     are in no cell
 */
public record Traffic(
        String surface,
        Instant since,
        long decisions,
        long holdout,
        long unknown,
        List<Cell> cells,
        List<SlotMix> slots) {

    /** The visitors with this intent and lifecycle stage: their decisions and share of all. */
    public record Cell(String intent, String lifecycleStage, long decisions, double share) {
        public Cell {
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(lifecycleStage, "lifecycleStage");
        }
    }

    /** One slot: how often each variant was served, most served first. */
    public record SlotMix(String slot, List<Served> variants) {
        public SlotMix {
            Objects.requireNonNull(slot, "slot");
            variants = List.copyOf(variants);
        }
    }

    /** A variant of a slot: the page decisions that served it and their share of all. */
    public record Served(String variant, long decisions, double share) {}

    public Traffic {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(since, "since");
        cells = List.copyOf(cells);
        slots = List.copyOf(slots);
    }

    /**
     * Traffic from counts: {@code perCell} maps intent → lifecycle stage → decisions (decisions
     * with either unknown are left out of it and counted in {@code unknown}), {@code perSlot} maps
     * slot → variant → decisions. Shares are computed here, of {@code decisions}.
     */
    public static Traffic of(
            String surface,
            Instant since,
            long decisions,
            long holdout,
            long unknown,
            Map<String, Map<String, Long>> perCell,
            Map<String, Map<String, Long>> perSlot) {
        List<Cell> cells = new ArrayList<>();
        perCell.forEach((intent, stages) ->
                stages.forEach((stage, count) ->
                        cells.add(new Cell(intent, stage, count, share(count, decisions)))));
        cells.sort(
                Comparator.comparingLong(Cell::decisions)
                        .reversed()
                        .thenComparing(Cell::intent)
                        .thenComparing(Cell::lifecycleStage));
        List<SlotMix> slots = new ArrayList<>();
        perSlot.forEach((slot, variants) ->
                slots.add(
                        new SlotMix(
                                slot,
                                variants.entrySet().stream()
                                        .map(e ->
                                                new Served(
                                                        e.getKey(),
                                                        e.getValue(),
                                                        share(e.getValue(), decisions)))
                                        .sorted(
                                                Comparator.comparingLong(Served::decisions)
                                                        .reversed()
                                                        .thenComparing(Served::variant))
                                        .toList())));
        slots.sort(Comparator.comparing(SlotMix::slot));
        return new Traffic(surface, since, decisions, holdout, unknown, cells, slots);
    }

    private static double share(long count, long of) {
        return of == 0 ? 0 : (double) count / of;
    }
}
