package io.pagewright.policy;

import io.pagewright.content.Offer;
import io.pagewright.decision.PublishedSlot;
import io.pagewright.decision.PublishedVariant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One slot with, for every guard of the surface, the sets of its variants (by index) that the guard
 * is about. Computed once per published surface; never mutated afterwards.
 */
final class PreparedSlot {

    final PublishedSlot slot;
    final List<PublishedVariant> variants;
    final List<String> keys;
    final int defaultIndex;
    final BitSet all;

    /** Per guard, the sets it uses; see {@link #sets(Guard)} for their meaning per kind. */
    final BitSet[][] sets;

    /** Per variant, the counters an impression of it increments. */
    final List<List<Counter>> impressions;

    private final Map<String, Integer> indexByKey = new HashMap<>();

    PreparedSlot(PublishedSlot slot, List<Guard> guards) {
        this.slot = slot;
        this.variants = slot.variants();
        this.keys = variants.stream().map(PublishedVariant::key).toList();
        for (int i = 0; i < keys.size(); i++) {
            indexByKey.put(keys.get(i), i);
        }
        this.defaultIndex = indexByKey.get(slot.defaultVariant());
        this.all = new BitSet(variants.size());
        all.set(0, variants.size());
        this.sets = guards.stream().map(this::sets).toArray(BitSet[][]::new);
        this.impressions = variants.stream().map(v -> counters(slot, v)).toList();
    }

    /** The index of the variant with {@code key}, or -1. */
    int indexOf(String key) {
        return indexByKey.getOrDefault(key, -1);
    }

    /**
     * Masks and consent: [variants removed]. Limits: [variants that count]. Exclusive offers: per
     * listed type, [variants with an offer of another listed type]. Companions: [triggers,
     * companions, triggers that are not companions, variants that are not companions].
     */
    private BitSet[] sets(Guard guard) {
        return switch (guard) {
            case Guard.Mask mask -> new BitSet[] {matching(mask.matches())};
            case Guard.Consent consent ->
                    new BitSet[] {matching((s, v) -> !v.key().equals(s.defaultVariant()))};
            case Guard.Limit limit -> new BitSet[] {matching(limit.counts())};
            case Guard.Exclusive exclusive ->
                    exclusive.offerTypes().stream()
                            .map(type ->
                                    matching((s, v) ->
                                            v.offer()
                                                    .map(Offer::type)
                                                    .filter(t ->
                                                            !t.equals(type)
                                                                    && exclusive
                                                                            .offerTypes()
                                                                            .contains(t))
                                                    .isPresent()))
                            .toArray(BitSet[]::new);
            case Guard.Companion companion -> companionSets(companion);
        };
    }

    private BitSet[] companionSets(Guard.Companion companion) {
        BitSet triggers = matching((s, v) -> companion.trigger().matches(v));
        BitSet companions = matching((s, v) -> companion.companion().matches(v));
        BitSet triggersOnly = (BitSet) triggers.clone();
        triggersOnly.andNot(companions);
        BitSet others = (BitSet) all.clone();
        others.andNot(companions);
        return new BitSet[] {triggers, companions, triggersOnly, others};
    }

    private BitSet matching(Guard.VariantTest test) {
        BitSet matched = new BitSet(variants.size());
        for (int i = 0; i < variants.size(); i++) {
            if (test.test(slot, variants.get(i))) {
                matched.set(i);
            }
        }
        return matched;
    }

    private static List<Counter> counters(PublishedSlot slot, PublishedVariant variant) {
        List<Counter> counters = new ArrayList<>(5);
        counters.add(Counter.variant(variant.key()));
        counters.add(Counter.slot(slot.key()));
        counters.add(Counter.componentType(variant.componentType()));
        variant.offer()
                .ifPresent(offer -> {
                    counters.add(Counter.offerType(offer.type()));
                    counters.add(Counter.anyOffer());
                });
        return List.copyOf(counters);
    }
}
