package io.pagewright.decision;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Decides each slot with the strategy the slot names ({@link PublishedSlot#strategy()}): {@code
 * default}, {@code rules} or a learning strategy. A slot naming a strategy this router does not
 * have is decided by {@code fallback}, and its decisions say so.
 */
public final class StrategyRouter implements SlotStrategy {

    public static final String ID = "per-slot";

    private final Map<String, SlotStrategy> strategies;
    private final SlotStrategy fallback;

    public StrategyRouter(SlotStrategy fallback, SlotStrategy... strategies) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        Map<String, SlotStrategy> byId = new LinkedHashMap<>();
        byId.put(fallback.id(), fallback);
        for (SlotStrategy strategy : strategies) {
            byId.put(strategy.id(), strategy);
        }
        this.strategies = Map.copyOf(byId);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String idFor(PublishedSlot slot) {
        return strategyOf(slot).idFor(slot);
    }

    @Override
    public Distribution distribute(SlotRequest request) {
        return strategyOf(request.slot()).distribute(request);
    }

    private SlotStrategy strategyOf(PublishedSlot slot) {
        return strategies.getOrDefault(slot.strategy(), fallback);
    }
}
