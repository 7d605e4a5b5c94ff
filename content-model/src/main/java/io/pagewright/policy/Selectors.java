package io.pagewright.policy;

import java.util.List;
import java.util.Optional;

/** Set reasoning over variant selectors, for contradiction checks: sound, not complete. */
final class Selectors {
    private Selectors() {}

    /** Whether every variant {@code inner} matches is also matched by {@code outer}. */
    static boolean covers(VariantSelector outer, VariantSelector inner) {
        return (!inner.anyOffer() || outer.anyOffer())
                && (outer.anyOffer() || outer.offerTypes().containsAll(inner.offerTypes()))
                && outer.categories().containsAll(inner.categories())
                && outer.componentTypes().containsAll(inner.componentTypes())
                && outer.variants().containsAll(inner.variants())
                && outer.contentFields().containsAll(inner.contentFields());
    }

    /** Whether {@code selector} matches nothing but offers, of {@code type} if one is given. */
    static boolean onlyOffersOf(VariantSelector selector, Optional<String> type) {
        boolean onlyOffers =
                selector.categories().isEmpty()
                        && selector.componentTypes().isEmpty()
                        && selector.variants().isEmpty()
                        && selector.contentFields().isEmpty();
        if (type.isEmpty()) {
            return onlyOffers;
        }
        return onlyOffers
                && !selector.anyOffer()
                && selector.offerTypes().equals(List.of(type.get()));
    }

    /**
     * Whether every trigger is an offer of an exclusive type and every companion an offer of
     * another exclusive type, so that no page can show a trigger with its companion.
     */
    static boolean exclusiveOfEachOther(
            VariantSelector trigger, VariantSelector companion, List<String> exclusive) {
        return onlyOffersOf(trigger, Optional.empty())
                && onlyOffersOf(companion, Optional.empty())
                && !trigger.anyOffer()
                && !companion.anyOffer()
                && exclusive.containsAll(trigger.offerTypes())
                && exclusive.containsAll(companion.offerTypes())
                && trigger.offerTypes().stream().noneMatch(companion.offerTypes()::contains);
    }
}
