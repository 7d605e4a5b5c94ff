package io.pagewright.policy;

import io.pagewright.decision.Visitor;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The running state of one assembly pass over a page, slot by slot in page order: which guards
 * apply to this visitor, how much of each limit is left, which exclusive offer type the page has
 * taken, and which companions are owed. {@link #mask} gives a slot's eligible set given the state;
 * {@link #served} moves the state past the slot's choice.
 */
final class PageRun {

    /** A guard that removed variants from a slot, and why. */
    record Hit(Guard guard, BitSet variants, String reason) {}

    /** A slot's eligible set and the hits that shaped it. */
    record SlotMask(BitSet eligible, List<Hit> hits) {}

    private final List<Guard> guards;
    private final List<PreparedSlot> slots;
    private final Set<Guard> abandoned;
    private final boolean[] active;
    private final int[] remaining;
    private final int[] exclusiveType;
    private final boolean[] owed;
    private final boolean[] satisfied;
    private final int[] lastHost;
    private final Optional<String> consentReason;
    private Guard.Companion failure;

    PageRun(
            SurfaceGuardrails guardrails,
            Visitor visitor,
            ImpressionHistory history,
            Set<Guard> abandoned) {
        this.guards = guardrails.guards();
        this.slots = guardrails.slots();
        this.abandoned = abandoned;
        int n = guards.size();
        this.active = new boolean[n];
        this.remaining = new int[n];
        this.exclusiveType = new int[n];
        this.owed = new boolean[n];
        this.satisfied = new boolean[n];
        this.lastHost = new int[n];
        Map<String, Object> attributes = visitor.attributes();
        String lackingConsent = null;
        for (int g = 0; g < n; g++) {
            Guard guard = guards.get(g);
            active[g] = guard.segment().coversVisitor(attributes);
            exclusiveType[g] = -1;
            if (guard instanceof Guard.Limit limit) {
                remaining[g] =
                        limit.max() - limit.tracked().map(t -> counted(t, history)).orElse(0);
            }
            if (active[g] && guard instanceof Guard.Consent consent && lackingConsent == null) {
                lackingConsent = consent.reason() + " (rule " + consent.rule().id() + ")";
            }
        }
        this.consentReason = Optional.ofNullable(lackingConsent);
        findLastHosts();
    }

    /** Why the visitor gets the default experience, if a consent rule says so. */
    Optional<String> consentReason() {
        return consentReason;
    }

    /** The session and time limits that apply to this page, for the server's atomic check. */
    List<CounterLimit> limits() {
        List<CounterLimit> limits = new ArrayList<>();
        for (int g = 0; g < guards.size(); g++) {
            if (active[g] && guards.get(g) instanceof Guard.Limit limit) {
                limit.tracked().ifPresent(limits::add);
            }
        }
        return limits;
    }

    /** The companion guard that could not be satisfied on this pass, if any. */
    Optional<Guard.Companion> failure() {
        return Optional.ofNullable(failure);
    }

    SlotMask mask(int position) {
        PreparedSlot slot = slots.get(position);
        BitSet eligible = (BitSet) slot.all.clone();
        List<Hit> hits = new ArrayList<>(4);
        for (int g = 0; g < guards.size(); g++) {
            if (!active[g] || failure != null) {
                continue;
            }
            BitSet[] sets = slot.sets[g];
            switch (guards.get(g)) {
                case Guard.Consent consent ->
                        remove(eligible, hits, consent, sets[0], consent.reason());
                case Guard.Mask mask -> remove(eligible, hits, mask, sets[0], mask.reason());
                case Guard.Limit limit -> {
                    if (remaining[g] <= 0) {
                        remove(eligible, hits, limit, sets[0], limit.reason());
                    }
                }
                case Guard.Exclusive exclusive -> {
                    if (exclusiveType[g] >= 0) {
                        remove(
                                eligible,
                                hits,
                                exclusive,
                                sets[exclusiveType[g]],
                                exclusive.reasons().get(exclusiveType[g]));
                    }
                }
                case Guard.Companion companion ->
                        companion(g, position, companion, sets, eligible, hits);
            }
        }
        return new SlotMask(eligible, hits);
    }

    private void companion(
            int g,
            int position,
            Guard.Companion companion,
            BitSet[] sets,
            BitSet eligible,
            List<Hit> hits) {
        boolean laterHost = lastHost[g] > position;
        if (satisfied[g]) {
            return;
        }
        if (abandoned.contains(companion)) {
            remove(eligible, hits, companion, sets[2], companion.abandoned());
        } else if (owed[g] && !laterHost) {
            if (!eligible.intersects(sets[1])) {
                failure = companion;
            }
            remove(eligible, hits, companion, sets[3], companion.lastHost());
        } else if (!owed[g] && !laterHost) {
            remove(eligible, hits, companion, sets[2], companion.noLaterHost());
        }
    }

    private static void remove(
            BitSet eligible, List<Hit> hits, Guard guard, BitSet variants, String reason) {
        if (!variants.isEmpty()) {
            hits.add(new Hit(guard, variants, reason));
            eligible.andNot(variants);
        }
    }

    void served(int position, int variant) {
        PreparedSlot slot = slots.get(position);
        for (int g = 0; g < guards.size(); g++) {
            if (!active[g]) {
                continue;
            }
            BitSet[] sets = slot.sets[g];
            switch (guards.get(g)) {
                case Guard.Limit limit -> remaining[g] -= sets[0].get(variant) ? 1 : 0;
                case Guard.Exclusive exclusive ->
                        exclusiveType[g] =
                                slot.variants
                                        .get(variant)
                                        .offer()
                                        .map(o -> exclusive.offerTypes().indexOf(o.type()))
                                        .filter(i -> i >= 0)
                                        .orElse(exclusiveType[g]);
                case Guard.Companion companion -> {
                    satisfied[g] |= sets[1].get(variant);
                    owed[g] = !satisfied[g] && (owed[g] || sets[0].get(variant));
                }
                case Guard.Consent consent -> {}
                case Guard.Mask mask -> {}
            }
        }
    }

    /** Checks, at the end of the page, that no companion is still owed. */
    void finish() {
        for (int g = 0; g < guards.size(); g++) {
            if (owed[g] && failure == null) {
                failure = (Guard.Companion) guards.get(g);
            }
        }
    }

    /**
     * For each companion guard, the last slot that could still show a companion once this visitor's
     * masks and exhausted limits are applied; -1 if none. A trigger is only allowed while a later
     * slot could carry its companion.
     */
    private void findLastHosts() {
        List<BitSet> open = new ArrayList<>(slots.size());
        for (PreparedSlot slot : slots) {
            BitSet eligible = (BitSet) slot.all.clone();
            for (int g = 0; g < guards.size(); g++) {
                Guard guard = guards.get(g);
                boolean removes =
                        guard instanceof Guard.Mask
                                || guard instanceof Guard.Consent
                                || guard instanceof Guard.Limit && remaining[g] <= 0;
                if (active[g] && removes) {
                    eligible.andNot(slot.sets[g][0]);
                }
            }
            open.add(eligible);
        }
        for (int g = 0; g < guards.size(); g++) {
            lastHost[g] = -1;
            if (active[g] && guards.get(g) instanceof Guard.Companion) {
                for (int s = 0; s < slots.size(); s++) {
                    if (open.get(s).intersects(slots.get(s).sets[g][1])) {
                        lastHost[g] = s;
                    }
                }
            }
        }
    }

    private static int counted(CounterLimit limit, ImpressionHistory history) {
        int sum = 0;
        for (Counter counter : limit.counters()) {
            sum += history.count(counter, limit.window());
        }
        return sum;
    }
}
