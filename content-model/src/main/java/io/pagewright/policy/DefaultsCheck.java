package io.pagewright.policy;

import io.pagewright.content.Offer;
import io.pagewright.decision.PublishedSurface;
import io.pagewright.decision.PublishedVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The publish-time check: which slot defaults of a surface a policy can make ineligible, for which
 * segment and when. Run it when a surface is published or a policy approved, so that a default that
 * breaks a rule is a configuration error found by a person, not a slot silently left out.
 */
public final class DefaultsCheck {
    private DefaultsCheck() {}

    public static List<DefaultConflict> check(CompiledPolicy policy, PublishedSurface surface) {
        SurfaceGuardrails guardrails = policy.on(surface);
        List<DefaultConflict> conflicts = new ArrayList<>();
        List<PreparedSlot> slots = guardrails.slots();
        for (PreparedSlot slot : slots) {
            for (int g = 0; g < guardrails.guards().size(); g++) {
                conflict(guardrails.guards().get(g), g, slot, slots).ifPresent(conflicts::add);
            }
        }
        return conflicts;
    }

    private static Optional<DefaultConflict> conflict(
            Guard guard, int g, PreparedSlot slot, List<PreparedSlot> slots) {
        boolean hit = slot.sets[g].length > 0 && slot.sets[g][0].get(slot.defaultIndex);
        String who = guard.segment().describe();
        return switch (guard) {
            case Guard.Mask mask when hit ->
                    found(
                            slot,
                            guard,
                            DefaultConflict.Certainty.SEGMENT,
                            "removed for " + who + ": " + mask.reason());
            case Guard.Limit limit when hit && limit.max() == 0 ->
                    found(
                            slot,
                            guard,
                            DefaultConflict.Certainty.SEGMENT,
                            "never allowed for " + who + ": " + limit.reason());
            case Guard.Limit limit when hit ->
                    found(
                            slot,
                            guard,
                            limit.tracked().isPresent()
                                    ? DefaultConflict.Certainty.HISTORY
                                    : DefaultConflict.Certainty.PAGE,
                            "removed for " + who + " once the limit is reached: " + limit.reason());
            case Guard.Exclusive exclusive ->
                    conflictingDefault(exclusive, slot, slots)
                            .flatMap(other ->
                                    found(
                                            slot,
                                            guard,
                                            DefaultConflict.Certainty.PAGE,
                                            "its offer conflicts with the default offer of slot '"
                                                    + other
                                                    + "', so in the default experience one of them is left out"));
            case Guard.Companion companion
                    when slot.sets[g][2].get(slot.defaultIndex) && noDefaultCompanion(g, slots) ->
                    found(
                            slot,
                            guard,
                            DefaultConflict.Certainty.PAGE,
                            "needs a companion that no slot default provides, so it is left out of the default experience of "
                                    + who);
            case Guard.Mask mask -> Optional.empty();
            case Guard.Limit limit -> Optional.empty();
            case Guard.Companion companion -> Optional.empty();
            case Guard.Consent consent -> Optional.empty();
        };
    }

    private static Optional<String> conflictingDefault(
            Guard.Exclusive exclusive, PreparedSlot slot, List<PreparedSlot> slots) {
        Optional<String> type =
                offerType(slot.variants.get(slot.defaultIndex))
                        .filter(exclusive.offerTypes()::contains);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return slots.stream()
                .filter(other -> other != slot)
                .filter(other ->
                        offerType(other.variants.get(other.defaultIndex))
                                .filter(t ->
                                        !t.equals(type.get()) && exclusive.offerTypes().contains(t))
                                .isPresent())
                .map(other -> other.slot.key())
                .findFirst();
    }

    private static boolean noDefaultCompanion(int g, List<PreparedSlot> slots) {
        return slots.stream().noneMatch(s -> s.sets[g][1].get(s.defaultIndex));
    }

    private static Optional<String> offerType(PublishedVariant variant) {
        return variant.offer().map(Offer::type);
    }

    private static Optional<DefaultConflict> found(
            PreparedSlot slot, Guard guard, DefaultConflict.Certainty certainty, String message) {
        String variant = slot.keys.get(slot.defaultIndex);
        return Optional.of(
                new DefaultConflict(
                        slot.slot.key(),
                        variant,
                        guard.rule().id(),
                        certainty,
                        "default '"
                                + variant
                                + "' of slot '"
                                + slot.slot.key()
                                + "' is "
                                + message));
    }
}
