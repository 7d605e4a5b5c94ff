package io.pagewright.learning;

/**
 * What a slot optimises: reward = Σ weight × outcome / Σ weights, so a click-only objective gives
 * rewards of 0 or 1 and every mix stays on that scale. Revenue and margin are first divided by
 * {@code revenueScale} (a typical order value) and capped at {@value #AMOUNT_CAP} typical orders,
 * so that one unusually large order cannot swamp everything the model has learned.
 */
public record Objective(
        double click, double conversion, double revenue, double margin, double revenueScale) {

    /** The most a single order's revenue or margin counts, in typical orders. */
    public static final double AMOUNT_CAP = 5;

    public Objective {
        requireWeight("click", click);
        requireWeight("conversion", conversion);
        requireWeight("revenue", revenue);
        requireWeight("margin", margin);
        if (click + conversion + revenue + margin <= 0) {
            throw new IllegalArgumentException("at least one objective weight must be positive");
        }
        if (!(revenueScale > 0) || Double.isInfinite(revenueScale)) {
            throw new IllegalArgumentException("revenueScale must be a positive amount");
        }
    }

    /** Clicks only. */
    public static Objective clicks() {
        return new Objective(1, 0, 0, 0, 100);
    }

    /** The reward of {@code outcome} under this objective; within [-cap, cap], 0 for nothing. */
    public double reward(Outcome outcome) {
        double sum =
                click * (outcome.clicked() ? 1 : 0)
                        + conversion * (outcome.converted() ? 1 : 0)
                        + revenue * amount(outcome.revenue())
                        + margin * amount(outcome.margin());
        return sum / (click + conversion + revenue + margin);
    }

    private double amount(double value) {
        return Math.max(-AMOUNT_CAP, Math.min(AMOUNT_CAP, value / revenueScale));
    }

    private static void requireWeight(String name, double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(name + " weight must be a finite number >= 0");
        }
    }
}
