package io.pagewright.decision;

import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic tag matching: the variant whose tags best match the visitor's intent (worth two
 * points) and lifecycle stage (one point) wins; ties go to the earlier variant of the slot. With no
 * match at all, the slot's default variant is served.
 */
public final class RulesStrategy implements SlotStrategy {

    public static final String ID = "rules";
    private static final int INTENT_WEIGHT = 2;
    private static final int LIFECYCLE_WEIGHT = 1;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SlotChoice choose(PublishedSlot slot, Visitor visitor) {
        PublishedVariant best = null;
        int bestScore = 0;
        List<String> bestMatches = List.of();
        for (PublishedVariant variant : slot.variants()) {
            List<String> matches = new ArrayList<>(2);
            int score = 0;
            if (visitor.intent().filter(variant.intents()::contains).isPresent()) {
                score += INTENT_WEIGHT;
                matches.add("intent:" + visitor.intent().get());
            }
            if (visitor.lifecycleStage().filter(variant.lifecycleStages()::contains).isPresent()) {
                score += LIFECYCLE_WEIGHT;
                matches.add("lifecycle:" + visitor.lifecycleStage().get());
            }
            if (score > bestScore) {
                best = variant;
                bestScore = score;
                bestMatches = matches;
            }
        }
        if (best == null) {
            return new SlotChoice(
                    slot.defaultVariantOrThrow(),
                    1.0,
                    "no variant matches the visitor's intent or lifecycle stage; serving the default",
                    List.of());
        }
        return new SlotChoice(
                best, 1.0, "best tag match (" + String.join(", ", bestMatches) + ")", bestMatches);
    }
}
