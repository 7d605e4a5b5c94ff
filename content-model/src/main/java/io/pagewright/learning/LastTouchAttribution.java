package io.pagewright.learning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Attributes outcomes that name no decision (an add to cart, a purchase, a bounce) to the decisions
 * that preceded them for the same visitor: per surface slot, the visitor's last decision at or
 * before the outcome, if the outcome came within the attribution window after it. A slot's earlier
 * decisions get nothing (last touch), and a decision made after the outcome never gets it.
 *
 * <p>Pure logic: the learner feeds it the decisions it learns from plus the visitors' later
 * decisions (which take the credit for outcomes after them, so it is not handed out twice).
 */
public final class LastTouchAttribution {

    private final Duration window;

    public LastTouchAttribution(Duration window) {
        this.window = Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(
                    "the attribution window must be positive: " + window);
        }
    }

    /** A slot decision shown to a visitor. */
    public record Touch(
            String decisionId, String visitor, String surface, String slot, Instant at) {
        public Touch {
            Objects.requireNonNull(decisionId, "decisionId");
            Objects.requireNonNull(visitor, "visitor");
            Objects.requireNonNull(surface, "surface");
            Objects.requireNonNull(slot, "slot");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Something a visitor did that names no decision. */
    public record VisitorOutcome(String eventId, String visitor, Instant at) {
        public VisitorOutcome {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(visitor, "visitor");
            Objects.requireNonNull(at, "at");
        }
    }

    /** One outcome credited to one slot decision. */
    public record Credit(String eventId, String decisionId) {}

    /**
     * The credits of {@code outcomes}, given every decision of their visitors that could have
     * preceded them within the window; in the order of the outcomes, then of the slots.
     */
    public List<Credit> attribute(List<Touch> touches, List<VisitorOutcome> outcomes) {
        Map<String, Map<String, List<Touch>>> byVisitorAndSlot = new HashMap<>();
        for (Touch touch : touches) {
            byVisitorAndSlot
                    .computeIfAbsent(touch.visitor(), v -> new LinkedHashMap<>())
                    .computeIfAbsent(
                            touch.surface() + '\u0000' + touch.slot(), s -> new ArrayList<>())
                    .add(touch);
        }
        Comparator<Touch> order = Comparator.comparing(Touch::at).thenComparing(Touch::decisionId);
        byVisitorAndSlot.values().forEach(slots -> slots.values().forEach(t -> t.sort(order)));
        List<Credit> credits = new ArrayList<>();
        for (VisitorOutcome outcome : outcomes) {
            Map<String, List<Touch>> slots = byVisitorAndSlot.get(outcome.visitor());
            if (slots == null) {
                continue;
            }
            for (List<Touch> slotTouches : slots.values()) {
                Touch last = lastAtOrBefore(slotTouches, outcome.at());
                if (last != null && !last.at().plus(window).isBefore(outcome.at())) {
                    credits.add(new Credit(outcome.eventId(), last.decisionId()));
                }
            }
        }
        return credits;
    }

    private static Touch lastAtOrBefore(List<Touch> sorted, Instant at) {
        Touch last = null;
        for (Touch touch : sorted) {
            if (touch.at().isAfter(at)) {
                break;
            }
            last = touch;
        }
        return last;
    }
}
