package io.pagewright.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/** Resolves a published surface for a visitor into an assembled page, one decision per slot. */
public final class PageAssembler {

    private final SlotStrategy strategy;
    private final Supplier<UUID> ids;

    public PageAssembler(SlotStrategy strategy, Supplier<UUID> ids) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    public AssembledPage assemble(PublishedSurface surface, Visitor visitor) {
        List<SlotDecision> decisions = new ArrayList<>(surface.slots().size());
        for (PublishedSlot slot : surface.slots()) {
            SlotChoice choice = strategy.choose(slot, visitor);
            PublishedVariant chosen = choice.variant();
            decisions.add(
                    new SlotDecision(
                            ids.get(),
                            slot.key(),
                            chosen.key(),
                            chosen.componentType(),
                            chosen.content(),
                            strategy.id(),
                            choice.probability(),
                            chosen.key().equals(slot.defaultVariant()),
                            choice.reason(),
                            choice.matchedTags()));
        }
        return new AssembledPage(
                ids.get(),
                surface.key(),
                surface.channel().wireName(),
                visitor.visitorId(),
                decisions);
    }
}
