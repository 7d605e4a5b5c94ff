package io.pagewright.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Resolves a published surface for a visitor into an assembled page, one decision per slot, in page
 * order. Each slot's strategy gives a distribution over the slot's candidates; the choice is drawn
 * with randomness seeded by the slot's decision id.
 */
public final class PageAssembler {

    private final SlotStrategy strategy;

    public PageAssembler(SlotStrategy strategy) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
    }

    public AssembledPage assemble(PublishedSurface surface, Visitor visitor, UUID pageDecisionId) {
        List<SlotDecision> decisions = new ArrayList<>(surface.slots().size());
        for (int position = 0; position < surface.slots().size(); position++) {
            PublishedSlot slot = surface.slots().get(position);
            UUID decisionId = Decisions.slotDecisionId(pageDecisionId, position);
            Distribution distribution =
                    strategy.distribute(new SlotRequest(slot, slot.variants(), visitor));
            Weighted chosen = distribution.sample(Decisions.random(decisionId).nextDouble());
            PublishedVariant variant = chosen.variant();
            decisions.add(
                    new SlotDecision(
                            decisionId,
                            slot.key(),
                            variant.key(),
                            variant.componentType(),
                            variant.content(),
                            strategy.idFor(slot),
                            chosen.probability(),
                            variant.key().equals(slot.defaultVariant()),
                            chosen.reason()));
        }
        return new AssembledPage(
                pageDecisionId,
                surface.key(),
                surface.channel().wireName(),
                visitor.visitorId(),
                decisions);
    }
}
