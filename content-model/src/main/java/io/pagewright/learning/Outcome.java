package io.pagewright.learning;

/**
 * What followed one decision, as attributed to it: whether the visitor clicked and converted, the
 * revenue of the attributed order and its margin (both in the shop's currency; margin may be
 * negative when a discount sold at a loss).
 */
public record Outcome(boolean clicked, boolean converted, double revenue, double margin) {

    public Outcome {
        if (!(revenue >= 0) || Double.isInfinite(revenue)) {
            throw new IllegalArgumentException("revenue must be a finite amount >= 0: " + revenue);
        }
        if (!Double.isFinite(margin)) {
            throw new IllegalArgumentException("margin must be a finite amount: " + margin);
        }
    }

    /** Shown and ignored. */
    public static Outcome none() {
        return new Outcome(false, false, 0, 0);
    }

    public static Outcome click() {
        return new Outcome(true, false, 0, 0);
    }

    public static Outcome purchase(double revenue, double margin) {
        return new Outcome(true, true, revenue, margin);
    }
}
